package io.mentoringspaces.rest;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingArrangement;
import io.mentoringspaces.rest.dto.ArrangementDto;
import io.mentoringspaces.service.FieldChecks;
import io.mentoringspaces.service.Limits;
import io.mentoringspaces.service.PlanService;
import io.mentoringspaces.view.ArrangementView;
import io.mentoringspaces.view.Viewer;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * When, how long and where the pair of a space meets: read by anybody who may view the space, changed
 * by the plan's mentee or mentor.
 */
@Path("/spaces/{spaceKey}/arrangement")
@Produces(MediaType.APPLICATION_JSON)
public class ArrangementResource {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private final PageRequests requests;
    private final PlanService plans;
    private final RestResponses responses;
    private final ArrangementView view;

    @Inject
    public ArrangementResource(PageRequests requests, PlanService plans, RestResponses responses, ArrangementView view) {
        this.requests = requests;
        this.plans = plans;
        this.responses = responses;
        this.view = view;
    }

    @GET
    @AnonymousSiteAccess
    public Response arrangement(@PathParam("spaceKey") String spaceKey) {
        return responses.ok(() -> {
            ConfluenceUser user = requests.spaceReader(spaceKey);
            return dto(requests.plan(spaceKey), user);
        });
    }

    /**
     * Replaces the arrangement: {@code {"meetingTime": "09:30", "meetingDuration": 45, "meetingPlace": "..."}};
     * a property left out (or null) means none for the time and place, and 60 minutes for the length.
     * Every refused property is answered at once ({@code errors}), as the form on the page shows them.
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response change(@PathParam("spaceKey") String spaceKey, Map<String, Object> body) {
        return responses.ok(() -> {
            ConfluenceUser user = requests.spaceReader(spaceKey);
            if (user == null) {
                throw new WebApplicationException(responses.notLoggedIn());
            }
            GrowthPlan plan = requests.plan(spaceKey);
            if (!plan.isPair(user.getKey().getStringValue())) {
                throw new WebApplicationException(responses.forbidden());
            }
            Map<String, Object> values = PageRequests.body(body);
            FieldChecks checks = new FieldChecks();
            String time = checks.check(() -> PageRequests.text(values, PlanService.MEETING_TIME_FIELD));
            Integer minutes = checks.check(() -> PageRequests.integer(values, PlanService.MEETING_DURATION_FIELD,
                    "mentoring.error.meeting.duration", Limits.MEETING_MINUTES_MIN, Limits.MEETING_MINUTES_MAX));
            String place = checks.check(() -> PageRequests.text(values, PlanService.MEETING_PLACE_FIELD));
            MeetingArrangement arrangement = PlanService.arrangement(time, minutes, place, checks);
            return dto(plans.updateArrangement(plan.id(), arrangement), user);
        });
    }

    private ArrangementDto dto(GrowthPlan plan, ConfluenceUser user) {
        MeetingArrangement arrangement = plan.arrangement();
        return new ArrangementDto(arrangement.time() == null ? null : arrangement.time().format(HOURS_MINUTES),
                arrangement.minutes(), arrangement.place(), user != null && plan.isPair(user.getKey().getStringValue()),
                view.render(plan, new Viewer(user, 0, false, true)));
    }
}
