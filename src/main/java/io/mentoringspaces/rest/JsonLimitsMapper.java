package io.mentoringspaces.rest;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.mentoringspaces.service.Limits;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body beyond the limits of the host's JSON parser (Jackson 2's {@code StreamReadConstraints}: its
 * nesting depth, string and number lengths), should the host hold the parser to less than the app's
 * own gate does. Answered 400 with the limits the app documents.
 */
@Provider
@Priority(Priorities.USER - 1)
public class JsonLimitsMapper implements ExceptionMapper<StreamConstraintsException> {

    private final RestResponses responses;

    @Inject
    public JsonLimitsMapper(RestResponses responses) {
        this.responses = responses;
    }

    @Override
    public Response toResponse(StreamConstraintsException e) {
        return responses.refusal(400, null, "mentoring.rest.error.json.limits", Integer.toString(Limits.BODY_BYTES),
                Integer.toString(Limits.BODY_DEPTH));
    }
}
