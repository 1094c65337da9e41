package io.mentoringspaces.rest;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.mentoringspaces.service.FieldName;
import io.mentoringspaces.service.InputGate;
import io.mentoringspaces.service.InvalidInputException;
import io.mentoringspaces.service.Limits;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON that does not fit what the request takes, as Jackson 2's data binding reports it
 * ({@link JsonMappingException}): a value of the wrong type ({@link MismatchedInputException}, e.g. an
 * array where text belongs, or a body that is not an object) and a member the request does not know
 * ({@link UnrecognizedPropertyException}). Answered 400 naming the member of the body at fault, when
 * its name is one a field may have. A class Jackson cannot bind at all ({@link InvalidDefinitionException})
 * is the app's fault: an unexpected error.
 */
@Provider
@Priority(Priorities.USER - 1)
public class JsonShapeMapper implements ExceptionMapper<JsonMappingException> {

    private final RestResponses responses;

    @Inject
    public JsonShapeMapper(RestResponses responses) {
        this.responses = responses;
    }

    @Override
    public Response toResponse(JsonMappingException e) {
        if (e instanceof InvalidDefinitionException) {
            return responses.unexpected(e);
        }
        String field = e instanceof UnrecognizedPropertyException unknown ? shown(unknown.getPropertyName()) : member(e);
        if (field == null) {
            return responses.refusal(400, null, "mentoring.rest.error.json.object");
        }
        return responses.refusal(new InvalidInputException(field, e instanceof UnrecognizedPropertyException
                ? "mentoring.rest.error.json.unknown" : "mentoring.rest.error.json.type", new FieldName(field)));
    }

    /** The member of the body's object the failure is in: the first named step of its path. */
    private static String member(JsonMappingException e) {
        return e.getPath().stream().map(JsonMappingException.Reference::getFieldName).filter(name -> name != null)
                .findFirst().map(JsonShapeMapper::shown).orElse(null);
    }

    /** A name sent by the client, when it may be shown back: short and of allowed characters. */
    private static String shown(String name) {
        if (name == null || name.isEmpty() || name.length() > Limits.PARAMETER) {
            return null;
        }
        try {
            return InputGate.checkName(name);
        } catch (InvalidInputException e) {
            return null;
        }
    }
}
