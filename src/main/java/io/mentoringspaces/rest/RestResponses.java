package io.mentoringspaces.rest;

import com.atlassian.sal.api.message.I18nResolver;
import io.mentoringspaces.rest.dto.ErrorDto;
import io.mentoringspaces.rest.dto.FieldErrorDto;
import io.mentoringspaces.service.ConflictException;
import io.mentoringspaces.service.ContentionException;
import io.mentoringspaces.service.ErrorIds;
import io.mentoringspaces.service.InvalidFieldsException;
import io.mentoringspaces.service.MentoringException;
import io.mentoringspaces.service.NotFoundException;
import io.mentoringspaces.service.TooLargeException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns a resource's work into a JSON response: the value on success, and on refusal an
 * {@link ErrorDto} with the right status and a message in the user's language. Refusals for
 * missing permission name nothing of what is behind them. The exception mappers of the REST module
 * answer with the same refusals.
 */
public class RestResponses {

    private final I18nResolver i18n;

    public RestResponses(I18nResolver i18n) {
        this.i18n = i18n;
    }

    /** 200 with the supplier's value, or the refusal a service raised. */
    public Response ok(Supplier<?> work) {
        try {
            return Response.ok(work.get(), MediaType.APPLICATION_JSON_TYPE).build();
        } catch (MentoringException e) {
            return refusal(e);
        }
    }

    public Response refusal(MentoringException e) {
        int status = e instanceof NotFoundException ? 404
                : e instanceof ConflictException || e instanceof ContentionException ? 409
                : e instanceof TooLargeException ? 413 : 400;
        if (e instanceof InvalidFieldsException fields) {
            List<FieldErrorDto> errors = fields.refusals().stream().map(r -> new FieldErrorDto(r.getField(), r.message(i18n))).toList();
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorDto(status, e.message(i18n), e.getField(), null, errors)).build();
        }
        return error(status, e.message(i18n), e.getField());
    }

    /** 401: the request needs a logged-in user. */
    public Response notLoggedIn() {
        return error(401, i18n.getText("mentoring.rest.error.login"), null);
    }

    /**
     * 401 for a logged-in user who may not use Confluence: the status REST's access check answers
     * {@code @LicensedOnly} and {@code @AnonymousSiteAccess} with for them; says nothing of the resource.
     */
    public Response unlicensed() {
        return error(401, i18n.getText("mentoring.rest.error.unlicensed"), null);
    }

    /** 403: the user may not do this; says nothing of the resource. */
    public Response forbidden() {
        return error(403, i18n.getText("mentoring.rest.error.forbidden"), null);
    }

    /** 404 for something that does not exist or that the user may not see. */
    public Response notFound() {
        return error(404, i18n.getText("mentoring.rest.error.not.found"), null);
    }

    /** 400 for a change sent without its JSON body. */
    public Response missingBody() {
        return error(400, i18n.getText("mentoring.rest.error.body"), null);
    }

    /** A refusal with {@code status} and the text of {@code messageKey}, about {@code field} (null: the whole request). */
    public Response refusal(int status, String field, String messageKey, Serializable... arguments) {
        return error(status, i18n.getText(messageKey, arguments), field);
    }

    /**
     * 500 for an error nobody expected: its stack trace is logged under a new error id, and the user
     * gets that id and a message that says nothing of the error itself.
     */
    public Response unexpected(Throwable error) {
        String errorId = ErrorIds.log(error);
        return Response.status(500).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorDto(500, i18n.getText("mentoring.rest.error.unexpected", errorId), null, errorId)).build();
    }

    private static Response error(int status, String message, String field) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorDto(status, message, field, null))
                .build();
    }
}
