package io.mentoringspaces.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.mentoringspaces.model.GoalProgress;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.rest.PageRequests.PageRequest;
import io.mentoringspaces.rest.dto.GoalListDto;
import io.mentoringspaces.rest.dto.GoalStateDto;
import io.mentoringspaces.service.FieldName;
import io.mentoringspaces.service.GoalService;
import io.mentoringspaces.service.InvalidInputException;
import io.mentoringspaces.service.MeetingService;
import io.mentoringspaces.service.NotFoundException;
import io.mentoringspaces.view.GoalStateView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The goals of the growth plan of a page's space, as the goal and goal-progress macros on that page
 * show them: read their state, record progress (linked to the page when it is a meeting page) and,
 * for the plan's mentor, agree to a goal's target.
 */
@Path("/pages/{pageId}/goals")
@Produces(MediaType.APPLICATION_JSON)
public class GoalResource {

    private final PageRequests requests;
    private final GoalService goals;
    private final MeetingService meetings;
    private final GoalStateView view;
    private final RestResponses responses;

    @Inject
    public GoalResource(PageRequests requests, GoalService goals, MeetingService meetings, GoalStateView view,
            RestResponses responses) {
        this.requests = requests;
        this.goals = goals;
        this.meetings = meetings;
        this.view = view;
        this.responses = responses;
    }

    /** Every current goal of the plan, in page order. */
    @GET
    @AnonymousSiteAccess
    public Response list(@PathParam("pageId") long pageId) {
        return responses.ok(() -> {
            PageRequest request = requests.read(pageId);
            return new GoalListDto(goals.currentGoalsWithProgress(request.plan().id(), GoalStateView.LOADED).stream()
                    .map(progress -> dto(progress, request))
                    .toList());
        });
    }

    @GET
    @Path("{goalKey}")
    @AnonymousSiteAccess
    public Response goal(@PathParam("pageId") long pageId, @PathParam("goalKey") String goalKey) {
        return responses.ok(() -> {
            PageRequest request = requests.read(pageId);
            return dto(current(request, goalKey), request);
        });
    }

    /** Records progress: {@code {"percent": 0-100, "status": "in-progress", "note": "..."}} (note optional). */
    @POST
    @Path("{goalKey}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response recordProgress(@PathParam("pageId") long pageId, @PathParam("goalKey") String goalKey,
            Map<String, Object> body) {
        return responses.ok(() -> {
            PageRequest request = requests.change(pageId);
            Map<String, Object> values = PageRequests.body(body);
            Integer percent = PageRequests.integer(values, "percent", "mentoring.error.percent");
            if (percent == null) {
                throw new InvalidInputException("percent", "mentoring.error.required", new FieldName("percent"));
            }
            String statusText = PageRequests.text(values, "status");
            GoalStatus status = statusText == null ? null : GoalStatus.parse(statusText);
            if (statusText != null && status == null) {
                throw new InvalidInputException("status", "mentoring.macro.error.status", new FieldName("status"));
            }
            boolean meetingPage = meetings.findByPageId(pageId).filter(link -> link.planId() == request.plan().id()).isPresent();
            goals.recordProgress(request.plan().id(), goalKey, percent, status, PageRequests.text(values, "note"),
                    request.user().getKey().getStringValue(), meetingPage ? pageId : 0);
            return dto(current(request, goalKey), request);
        });
    }

    /** The plan's mentor agrees to the goal's target as it now reads; the body is an empty JSON object. */
    @POST
    @Path("{goalKey}/agreement")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response agree(@PathParam("pageId") long pageId, @PathParam("goalKey") String goalKey, Map<String, Object> body) {
        return responses.ok(() -> {
            PageRequest request = requests.change(pageId);
            PageRequests.body(body);
            if (!request.viewer().isMentorOf(request.plan())) {
                throw new WebApplicationException(responses.forbidden());
            }
            goals.recordAgreement(request.plan().id(), goalKey, request.user().getKey().getStringValue());
            return dto(current(request, goalKey), request);
        });
    }

    private GoalProgress current(PageRequest request, String goalKey) {
        return goals.currentGoalsWithProgress(request.plan().id(), GoalStateView.LOADED).stream()
                .filter(progress -> progress.goal().goalKey().equals(goalKey))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("goalKey", "mentoring.error.goal.unknown"));
    }

    private GoalStateDto dto(GoalProgress progress, PageRequest request) {
        return new GoalStateDto(progress.goal().goalKey(), GoalStateView.statusName(progress.goal().status()),
                GoalStateView.shownPercent(progress.goal()),
                GoalStateView.agreementName(progress.agreementState()),
                view.render(progress, request.plan(), request.viewer()));
    }
}
