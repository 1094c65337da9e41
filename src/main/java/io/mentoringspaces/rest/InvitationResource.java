package io.mentoringspaces.rest;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.mentoringspaces.blueprint.MentorChange;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.rest.PageRequests.PairMember;
import io.mentoringspaces.rest.dto.InvitationDto;
import io.mentoringspaces.service.PlanService;
import io.mentoringspaces.view.InvitationView;
import io.mentoringspaces.view.Viewer;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;

/**
 * The mentor's invitation to mentor the pair of a space: the named mentor accepts or declines it (with an
 * optional reason for the mentee), and the mentee names another mentor while it is open or after a
 * decline. Anonymous users are asked to log in, users who may not view the space are told nothing
 * exists, and anybody else who is not the one the change is for is refused.
 */
@Path("/spaces/{spaceKey}/invitation")
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

    /** The plan's mentor. */
    private static final PairMember MENTOR = (plan, userKey) -> plan.mentorKey().equals(userKey);

    private final PageRequests requests;
    private final PlanService plans;
    private final MentorChange mentorChange;
    private final RestResponses responses;
    private final InvitationView view;

    @Inject
    public InvitationResource(PageRequests requests, PlanService plans, MentorChange mentorChange, RestResponses responses,
            InvitationView view) {
        this.requests = requests;
        this.plans = plans;
        this.mentorChange = mentorChange;
        this.responses = responses;
        this.view = view;
    }

    /** The mentor accepts: the plan becomes active. Body: {@code {}}. */
    @POST
    @Path("accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response accept(@PathParam("spaceKey") String spaceKey, Map<String, Object> body) {
        return change(spaceKey, MENTOR, body, (plan, values) -> plans.accept(plan.id()));
    }

    /** The mentor declines: {@code {"reason": "..."}}, the reason optional. */
    @POST
    @Path("decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response decline(@PathParam("spaceKey") String spaceKey, Map<String, Object> body) {
        return change(spaceKey, MENTOR, body, (plan, values) -> plans.decline(plan.id(), PageRequests.text(values, "reason")));
    }

    /** The mentee names another mentor by user name: {@code {"mentor": "name"}}. */
    @PUT
    @Path("mentor")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response mentor(@PathParam("spaceKey") String spaceKey, Map<String, Object> body) {
        return change(spaceKey, PairMember.MENTEE, body,
                (plan, values) -> mentorChange.inviteAnotherMentor(plan, PageRequests.text(values, MentorChange.MENTOR_FIELD)));
    }

    /** What a change does with the plan and the request's body. */
    @FunctionalInterface
    private interface Change {

        GrowthPlan apply(GrowthPlan plan, Map<String, Object> body);
    }

    private Response change(String spaceKey, PairMember who, Map<String, Object> body, Change change) {
        return responses.ok(() -> {
            ConfluenceUser user = requests.spaceReader(spaceKey);
            if (user == null) {
                throw new WebApplicationException(responses.notLoggedIn());
            }
            GrowthPlan plan = requests.plan(spaceKey);
            String userKey = user.getKey().getStringValue();
            if (!who.is(plan, userKey)) {
                throw new WebApplicationException(responses.forbidden());
            }
            GrowthPlan changed = change.apply(plan, PageRequests.body(body));
            return dto(changed, user);
        });
    }

    /** The invitation as the user may see it: the decline's reason for the mentee only. */
    private InvitationDto dto(GrowthPlan plan, ConfluenceUser user) {
        boolean mentee = plan.menteeKey().equals(user.getKey().getStringValue());
        return new InvitationDto(plan.status().name().toLowerCase(Locale.ROOT), plan.mentorName(),
                plan.invitation().declined(), mentee ? plan.invitation().declineReason() : null,
                view.render(plan, new Viewer(user, 0, false, true)));
    }
}
