package io.mentoringspaces.rest;

import io.mentoringspaces.service.MentoringException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A refusal raised before a resource method runs (by the input gates of parameters and bodies) or
 * that a resource method let through: the same JSON refusal as the resources answer.
 */
@Provider
@Priority(Priorities.USER - 1)
public class RefusalMapper implements ExceptionMapper<MentoringException> {

    private final RestResponses responses;

    @Inject
    public RefusalMapper(RestResponses responses) {
        this.responses = responses;
    }

    @Override
    public Response toResponse(MentoringException e) {
        return responses.refusal(e);
    }
}
