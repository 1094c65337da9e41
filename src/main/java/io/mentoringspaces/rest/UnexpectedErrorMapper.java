package io.mentoringspaces.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Anything else that fails a request: 500 with a message that names nothing of the error and an
 * error id, under which the error and its stack trace are logged.
 */
@Provider
@Priority(Priorities.USER - 1)
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private final RestResponses responses;

    @Inject
    public UnexpectedErrorMapper(RestResponses responses) {
        this.responses = responses;
    }

    @Override
    public Response toResponse(Throwable e) {
        return responses.unexpected(e);
    }
}
