package io.mentoringspaces.rest;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.mentoringspaces.model.NoticeKind;
import io.mentoringspaces.model.NoticePreference;
import io.mentoringspaces.rest.dto.NoticePreferencesDto;
import io.mentoringspaces.service.AccessService;
import io.mentoringspaces.service.FieldName;
import io.mentoringspaces.service.InvalidInputException;
import io.mentoringspaces.service.NoticePreferenceService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The signed-in user's own reminder preferences, {@code /rest/mentoring/1.0/notifications/preferences}:
 * {@code {"kinds": [{"kind": "meeting-tomorrow", "enabled": true}, ...]}}, every kind on until the user
 * stops it. Anonymous users get 401.
 */
@Path("/notifications/preferences")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class NotificationResource {

    static final String KINDS = "kinds";
    static final String KIND = "kind";
    static final String ENABLED = "enabled";

    private final AccessService access;
    private final NoticePreferenceService preferences;
    private final RestResponses responses;

    @Inject
    public NotificationResource(AccessService access, NoticePreferenceService preferences, RestResponses responses) {
        this.access = access;
        this.preferences = preferences;
        this.responses = responses;
    }

    /** The user's preference for every kind of mail. */
    @GET
    public Response preferences() {
        ConfluenceUser user = Caller.current(access, responses);
        if (user == null) {
            return responses.notLoggedIn();
        }
        return responses.ok(() -> new NoticePreferencesDto(preferences.of(user.getKey().getStringValue())));
    }

    /**
     * Switches the kinds the body names, {@code {"kinds": [{"kind": "goal-agreement", "enabled": false}]}},
     * in one transaction; kinds left out stay as they are. Answers every kind's preference after the change;
     * an unknown kind, or a body of another shape, is refused and nothing is changed.
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(Map<String, Object> body) {
        ConfluenceUser user = Caller.current(access, responses);
        if (user == null) {
            return responses.notLoggedIn();
        }
        return responses.ok(() -> {
            List<NoticePreference> changed = parse(PageRequests.body(body));
            return new NoticePreferencesDto(preferences.change(user.getKey().getStringValue(), changed));
        });
    }

    private static List<NoticePreference> parse(Map<String, Object> body) {
        if (!(body.get(KINDS) instanceof List<?> kinds)) {
            throw new InvalidInputException(KINDS, "mentoring.rest.error.json.type", new FieldName(KINDS));
        }
        List<NoticePreference> changed = new ArrayList<>();
        for (Object entry : kinds) {
            if (!(entry instanceof Map<?, ?> map)) {
                throw new InvalidInputException(KINDS, "mentoring.rest.error.json.type", new FieldName(KINDS));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> values = (Map<String, Object>) map;
            NoticeKind kind = PageRequests.choice(values, KIND, NoticeKind::parse, NoticeKind.names());
            changed.add(new NoticePreference(kind, PageRequests.bool(values, ENABLED)));
        }
        return changed;
    }
}
