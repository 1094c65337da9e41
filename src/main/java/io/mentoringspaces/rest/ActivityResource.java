package io.mentoringspaces.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.mentoringspaces.model.Activity;
import io.mentoringspaces.model.ActivityStatus;
import io.mentoringspaces.model.Goal;
import io.mentoringspaces.rest.PageRequests.PageRequest;
import io.mentoringspaces.rest.PageRequests.PairMember;
import io.mentoringspaces.rest.dto.ActivityDto;
import io.mentoringspaces.service.ActivityService;
import io.mentoringspaces.service.GoalService;
import io.mentoringspaces.view.ActivityView;
import io.mentoringspaces.view.ViewSupport;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * A development activity of the growth plan, from a page of its space: the plan's mentee or mentor
 * sets its status ({@code {"status": "planned" | "in-progress" | "done"}}); the answer carries the
 * activity macro re-rendered.
 */
@Path("/pages/{pageId}/activities/{activityKey}")
@Produces(MediaType.APPLICATION_JSON)
public class ActivityResource {

    private final PageRequests requests;
    private final ActivityService activities;
    private final GoalService goals;
    private final ActivityView view;
    private final ViewSupport support;
    private final RestResponses responses;

    @Inject
    public ActivityResource(PageRequests requests, ActivityService activities, GoalService goals, ActivityView view,
            ViewSupport support, RestResponses responses) {
        this.requests = requests;
        this.activities = activities;
        this.goals = goals;
        this.view = view;
        this.support = support;
        this.responses = responses;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response setStatus(@PathParam("pageId") long pageId, @PathParam("activityKey") String activityKey,
            Map<String, Object> body) {
        return responses.ok(() -> {
            PageRequest request = requests.byPair(pageId, PairMember.EITHER);
            ActivityStatus status = PageRequests.choice(PageRequests.body(body), "status", ActivityStatus::fromParameter,
                    ActivityStatus.parameters());
            Activity activity = activities.setStatus(request.plan().id(), activityKey, status,
                    request.user().getKey().getStringValue());
            String goalTitle = activity.goalKey() == null ? null : goals.currentGoals(request.plan().id()).stream()
                    .filter(goal -> goal.goalKey().equals(activity.goalKey()))
                    .map(Goal::title)
                    .findFirst()
                    .orElse(null);
            return new ActivityDto(activity.key(), activity.title(), activity.kind().parameter(), activity.goalKey(),
                    activity.status().parameter(), activity.changedBy() == null ? null : support.userName(activity.changedBy()),
                    MeetingRecordResource.iso(activity.changedAt()),
                    view.render(request.plan(), activity, true, goalTitle, request.viewer()));
        });
    }
}
