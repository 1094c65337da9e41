package io.mentoringspaces.rest;

import com.fasterxml.jackson.core.JsonParseException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not JSON: Jackson 2's parser reports it as a {@link JsonParseException}, whichever
 * JAX-RS provider runs it (Jackson's own providers pass the parser's exceptions on unwrapped).
 * Answered 400; the parser's words (which name classes and echo the input) are not passed on. Like
 * every mapper of the app it is for the exact type Jackson raises and ranks ahead of the user
 * priority, so that it is chosen over Jackson's own mapper (text/plain with the parser's message)
 * should the host register that one.
 */
@Provider
@Priority(Priorities.USER - 1)
public class MalformedJsonMapper implements ExceptionMapper<JsonParseException> {

    private final RestResponses responses;

    @Inject
    public MalformedJsonMapper(RestResponses responses) {
        this.responses = responses;
    }

    @Override
    public Response toResponse(JsonParseException e) {
        return responses.refusal(400, null, "mentoring.rest.error.json.malformed");
    }
}
