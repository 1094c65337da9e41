package io.mentoringspaces.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.mentoringspaces.model.Feedback;
import io.mentoringspaces.model.FeedbackSide;
import io.mentoringspaces.model.MeetingFeedback;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.model.MeetingState;
import io.mentoringspaces.model.Pulse;
import io.mentoringspaces.model.Suggestion;
import io.mentoringspaces.model.SuggestionMark;
import io.mentoringspaces.rest.PageRequests.PageRequest;
import io.mentoringspaces.rest.PageRequests.PairMember;
import io.mentoringspaces.rest.dto.FeedbackDto;
import io.mentoringspaces.rest.dto.FeedbackSideDto;
import io.mentoringspaces.rest.dto.SuggestionDto;
import io.mentoringspaces.service.FeedbackService;
import io.mentoringspaces.service.FieldName;
import io.mentoringspaces.service.InvalidInputException;
import io.mentoringspaces.service.Limits;
import io.mentoringspaces.service.MeetingService;
import io.mentoringspaces.service.NotFoundException;
import io.mentoringspaces.view.FeedbackView;
import io.mentoringspaces.view.ViewSupport;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Map;

/**
 * Feedback both ways on the meeting of a page: read by anybody who may view the page; each side's
 * pulse given by that side's person of the plan (the mentee's by the mentee, the mentor's by the
 * mentor), the mentor's suggestions marked by the mentee. Others get 403, naming nothing.
 */
@Path("/pages/{pageId}/feedback")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackResource {

    private final PageRequests requests;
    private final FeedbackService feedback;
    private final MeetingService meetings;
    private final FeedbackView view;
    private final ViewSupport support;
    private final RestResponses responses;

    @Inject
    public FeedbackResource(PageRequests requests, FeedbackService feedback, MeetingService meetings, FeedbackView view,
            ViewSupport support, RestResponses responses) {
        this.requests = requests;
        this.feedback = feedback;
        this.meetings = meetings;
        this.view = view;
        this.support = support;
        this.responses = responses;
    }

    @GET
    @AnonymousSiteAccess
    public Response feedback(@PathParam("pageId") long pageId) {
        return responses.ok(() -> {
            PageRequest request = requests.read(pageId);
            meeting(request);
            return dto(feedback.feedback(pageId), null);
        });
    }

    /** Gives, changes or takes back ({@code null}) the side's pulse: {@code {"pulse": 4}}. */
    @PUT
    @Path("{side}/pulse")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response pulse(@PathParam("pageId") long pageId, @PathParam("side") String sideName, Map<String, Object> body) {
        return responses.ok(() -> {
            FeedbackSide side = side(sideName);
            PageRequest request = requests.byPair(pageId,
                    side == FeedbackSide.MENTEE ? PairMember.MENTEE : (plan, userKey) -> plan.mentorKey().equals(userKey));
            Integer pulse = pulse(PageRequests.body(body));
            MeetingLink meeting = meeting(request);
            feedback.setPulse(pageId, side, pulse, request.user().getKey().getStringValue());
            return changed(request, side, meeting);
        });
    }

    /** Marks a suggestion of the mentor: {@code {"mark": "tried"}}, {@code "applied"} or {@code "none"}; the mentee only. */
    @PUT
    @Path("suggestions/{itemKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response mark(@PathParam("pageId") long pageId, @PathParam("itemKey") String itemKey, Map<String, Object> body) {
        return responses.ok(() -> {
            PageRequest request = requests.byPair(pageId, PairMember.MENTEE);
            SuggestionMark mark = PageRequests.choice(PageRequests.body(body), "mark", SuggestionMark::fromParameter,
                    SuggestionMark.parameters());
            MeetingLink meeting = meeting(request);
            feedback.markSuggestion(pageId, itemKey, mark, request.user().getKey().getStringValue());
            return changed(request, FeedbackSide.MENTOR, meeting);
        });
    }

    /** The pulse of the body: a whole number, or null to take it back; the service checks its range. */
    private static Integer pulse(Map<String, Object> body) {
        try {
            return PageRequests.integer(body, "pulse", "mentoring.error.pulse");
        } catch (InvalidInputException e) {
            throw new InvalidInputException("pulse", "mentoring.error.pulse", new FieldName("pulse"), Limits.PULSE_MIN,
                    Limits.PULSE_MAX);
        }
    }

    private static FeedbackSide side(String name) {
        FeedbackSide side = FeedbackSide.fromParameter(name);
        if (side == null) {
            throw new NotFoundException("side", "mentoring.error.value.allowed", String.join(", ", FeedbackSide.parameters()));
        }
        return side;
    }

    /** The meeting of the page, which must be a meeting of its space's plan, not in the trash. */
    private MeetingLink meeting(PageRequest request) {
        return meetings.findByPageId(request.page().getId())
                .filter(link -> link.planId() == request.plan().id() && !link.trashed())
                .orElseThrow(() -> new NotFoundException("pageId", "mentoring.error.meeting.unknown"));
    }

    /** The answer to a change of the meeting's feedback: its feedback now, with the changed side's fragment re-rendered. */
    private FeedbackDto changed(PageRequest request, FeedbackSide side, MeetingLink meeting) {
        MeetingFeedback read = feedback.feedback(request.page().getId());
        return dto(read, view.render(request.plan(), side, read.side(side).pulse(), meeting.state() == MeetingState.CANCELLED,
                read.suggestions(), request.viewer()));
    }

    private FeedbackDto dto(MeetingFeedback read, String html) {
        return new FeedbackDto(read.pageId(), Arrays.stream(FeedbackSide.values()).map(side -> side(read.side(side))).toList(),
                read.suggestions().stream().map(this::suggestion).toList(), html);
    }

    private FeedbackSideDto side(Feedback side) {
        Pulse pulse = side.pulse();
        boolean given = pulse.given();
        return new FeedbackSideDto(side.side().parameter(), side.text(), given ? pulse.value() : null,
                given && pulse.by() != null ? support.userName(pulse.by()) : null,
                given ? MeetingRecordResource.iso(pulse.at()) : null);
    }

    private SuggestionDto suggestion(Suggestion suggestion) {
        return new SuggestionDto(suggestion.itemKey(), suggestion.text(), suggestion.mark().parameter(),
                suggestion.markedBy() == null ? null : support.userName(suggestion.markedBy()),
                MeetingRecordResource.iso(suggestion.markedAt()));
    }
}
