package io.mentoringspaces.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * The refusals JAX-RS itself raises without a body: no resource at the path (404), not this method
 * (405, with the methods that are allowed), a body that is not JSON (415), an answer the client does
 * not accept (406), a parameter that cannot be read. Each becomes the app's JSON refusal with the
 * same status; a 5xx is an unexpected error. (A {@link WebApplicationException} that carries a body,
 * as the resources' own refusals do, is answered with that body and never comes here.)
 */
@Provider
@Priority(Priorities.USER - 1)
public class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {

    private static final Map<Integer, String> MESSAGES = Map.of(
            404, "mentoring.rest.error.not.found",
            405, "mentoring.rest.error.method",
            406, "mentoring.rest.error.not.acceptable",
            415, "mentoring.rest.error.media.type");

    private final RestResponses responses;

    @Inject
    public WebApplicationMapper(RestResponses responses) {
        this.responses = responses;
    }

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return responses.unexpected(e);
        }
        Response refusal = responses.refusal(status, null, MESSAGES.getOrDefault(status, "mentoring.rest.error.request"));
        return status == 405 ? Response.fromResponse(refusal).allow(original.getAllowedMethods()).build() : refusal;
    }
}
