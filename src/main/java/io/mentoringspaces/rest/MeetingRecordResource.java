package io.mentoringspaces.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.mentoringspaces.model.Goal;
import io.mentoringspaces.model.GoalAtMeeting;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.model.MeetingState;
import io.mentoringspaces.rest.PageRequests.PageRequest;
import io.mentoringspaces.rest.PageRequests.PairMember;
import io.mentoringspaces.rest.dto.GoalAtMeetingDto;
import io.mentoringspaces.rest.dto.GoalsAtMeetingDto;
import io.mentoringspaces.rest.dto.MeetingStateDto;
import io.mentoringspaces.service.FieldName;
import io.mentoringspaces.service.GoalService;
import io.mentoringspaces.service.InvalidInputException;
import io.mentoringspaces.service.MeetingService;
import io.mentoringspaces.service.NotFoundException;
import io.mentoringspaces.view.GoalStateView;
import io.mentoringspaces.view.MeetingStateView;
import io.mentoringspaces.view.ViewSupport;
import io.mentoringspaces.view.Viewer;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The meeting of a meeting page: what became of it (read by anybody who may view the page, set by the
 * plan's mentee or mentor) and the plan's goals as they stood at it.
 */
@Path("/pages/{pageId}/meeting")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingRecordResource {

    private final PageRequests requests;
    private final MeetingService meetings;
    private final GoalService goals;
    private final ViewSupport support;
    private final MeetingStateView view;
    private final RestResponses responses;

    @Inject
    public MeetingRecordResource(PageRequests requests, MeetingService meetings, GoalService goals, ViewSupport support,
            MeetingStateView view, RestResponses responses) {
        this.requests = requests;
        this.meetings = meetings;
        this.goals = goals;
        this.support = support;
        this.view = view;
        this.responses = responses;
    }

    @GET
    @AnonymousSiteAccess
    public Response state(@PathParam("pageId") long pageId) {
        return responses.ok(() -> {
            PageRequest request = requests.read(pageId);
            return dto(meeting(request), request);
        });
    }

    /**
     * Sets what became of the meeting: {@code {"state": "held"}}, {@code "cancelled"}, {@code "planned"}, or
     * {@code {"state": "moved", "date": "yyyy-MM-dd"}}; the plan's mentee or mentor only.
     */
    @POST
    @Path("state")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response setState(@PathParam("pageId") long pageId, Map<String, Object> body) {
        return responses.ok(() -> {
            PageRequest request = requests.byPair(pageId, PairMember.EITHER);
            Map<String, Object> values = PageRequests.body(body);
            MeetingState state = PageRequests.choice(values, "state", MeetingState::fromParameter, MeetingState.parameters());
            meeting(request);
            MeetingLink link = meetings.setState(pageId, state, date(PageRequests.text(values, "date")),
                    request.user().getKey().getStringValue());
            return dto(link, request);
        });
    }

    /** The plan's goals as they stood at the end of the meeting's day, beside their current state. */
    @GET
    @Path("goals")
    @AnonymousSiteAccess
    public Response goals(@PathParam("pageId") long pageId) {
        return responses.ok(() -> {
            PageRequest request = requests.read(pageId);
            MeetingLink link = meeting(request);
            List<GoalAtMeetingDto> then = goals.goalsAtMeeting(request.plan().id(), link.effectiveDate(), 1).stream()
                    .map(MeetingRecordResource::dto)
                    .toList();
            return new GoalsAtMeetingDto(link.effectiveDate().toString(), link.effectiveDate().isBefore(support.today()), then);
        });
    }

    private static GoalAtMeetingDto dto(GoalAtMeeting goal) {
        Goal then = goal.then().goal();
        Goal now = goal.now().goal();
        return new GoalAtMeetingDto(now.goalKey(), GoalStateView.statusName(then.status()), GoalStateView.shownPercent(then),
                iso(goal.recordedAt()), GoalStateView.statusName(now.status()), GoalStateView.shownPercent(now));
    }

    /** The page's meeting, when the page is a meeting of its space's plan and not trashed. */
    private MeetingLink meeting(PageRequest request) {
        return meetings.findByPageId(request.page().getId())
                .filter(link -> link.planId() == request.plan().id() && !link.trashed())
                .orElseThrow(() -> new NotFoundException("pageId", "mentoring.error.meeting.unknown"));
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", "mentoring.error.date.format", new FieldName("date"));
        }
    }

    private MeetingStateDto dto(MeetingLink link, PageRequest request) {
        boolean cancelled = link.state() == MeetingState.CANCELLED;
        String userKey = request.user() == null ? null : request.user().getKey().getStringValue();
        List<String> next = view.nextStates(link, request.plan(), userKey).stream().map(MeetingState::parameter).toList();
        return new MeetingStateDto(link.pageId(), link.state().parameter(), link.meetingDate().toString(),
                link.effectiveDate().toString(), link.movedTo() == null ? null : link.movedTo().toString(),
                link.stateBy() == null ? null : support.userName(link.stateBy()), iso(link.stateAt()),
                cancelled ? link.noticeHours() : null, cancelled ? link.cancelledLate() : null, iso(link.aimsSavedAt()),
                view.agendaDaysAhead(link, request.plan()), view.past(link), next,
                view.render(link, request.plan(), new Viewer(request.user(), link.pageId(), false, true)));
    }

    static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
