package io.mentoringspaces.blueprint;

import com.atlassian.sal.api.message.I18nResolver;
import io.mentoringspaces.service.MentoringException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a context provider refuses the wizard's fields. Confluence's create-content plugin calls the
 * providers while it answers the create dialog's REST call, and its exception mapper answers a
 * {@code WebApplicationException} with the exception's own response, anything else with 500 (DEC
 * {@code confluence-create-content-plugin-18.7.17}, {@code createcontent/exceptions/RestExceptionMapper}).
 * So the refusal is a 400 carrying the app's JSON refusal, in the user's language and naming the
 * field, and nothing is created.
 */
final class WizardRefusal {

    private WizardRefusal() {
    }

    static BadRequestException of(MentoringException e, I18nResolver i18n) {
        Map<String, Object> refusal = new LinkedHashMap<>();
        refusal.put("status", 400);
        refusal.put("message", e.message(i18n));
        if (e.getField() != null) {
            refusal.put("field", e.getField());
        }
        return new BadRequestException(e.getMessage(), Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(refusal)
                .build(), e);
    }
}
