package io.mentoringspaces.view;

import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.model.MeetingState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state bar of a meeting page: what became of the meeting and, for the plan's mentee or mentor
 * in view mode, the states they may set next as buttons, a prompt when the meeting's day has passed
 * without anybody confirming it, and (for the mentor) how many days before the meeting its agenda was
 * shared. Shared by the meeting macro and by the REST API, which answers a change with this fragment
 * re-rendered.
 */
public class MeetingStateView {

    private static final String TEMPLATE = "templates/macro/meeting-state.vm";

    private final ViewSupport support;
    private final Clock clock;

    public MeetingStateView(ViewSupport support, Clock clock) {
        this.support = support;
        this.clock = clock;
    }

    /**
     * Whole days between the first save of the page with its aims and the meeting's start (at the
     * plan's agreed time of day, in the server's time zone); negative when shared after the start,
     * null before the aims were saved.
     */
    public Integer agendaDaysAhead(MeetingLink link, GrowthPlan plan) {
        if (link.aimsSavedAt() == null) {
            return null;
        }
        Instant start = plan.arrangement().start(link.effectiveDate(), clock.getZone()).toInstant();
        return (int) Math.floorDiv(Duration.between(link.aimsSavedAt(), start).toMinutes(), Duration.ofDays(1).toMinutes());
    }

    /** Whether the meeting's day is over. */
    public boolean past(MeetingLink link) {
        return link.effectiveDate().isBefore(support.today());
    }

    /** The states the user may set next: none for anybody but the plan's mentee or mentor; held only from the meeting's day on. */
    public List<MeetingState> nextStates(MeetingLink link, GrowthPlan plan, String userKey) {
        if (userKey == null || !plan.isPair(userKey) || !plan.changeable()) {
            return List.of();
        }
        LocalDate today = support.today();
        return link.state().next().stream()
                .filter(state -> state != MeetingState.HELD || !link.effectiveDate().isAfter(today))
                .sorted()
                .toList();
    }

    public String render(MeetingLink link, GrowthPlan plan, Viewer viewer) {
        String userKey = viewer.user() == null ? null : viewer.user().getKey().getStringValue();
        List<MeetingState> next = viewer.interactive() ? nextStates(link, plan, userKey) : List.of();
        Map<String, Object> meeting = new LinkedHashMap<>();
        meeting.put("pageId", link.pageId());
        meeting.put("restPath", ViewSupport.REST_PATH + "/pages/" + link.pageId() + "/meeting/state");
        meeting.put("state", link.state().parameter());
        meeting.put("stateText", stateText(link));
        meeting.put("changed", link.stateBy() == null || link.stateAt() == null ? null
                : support.text("mentoring.macro.meeting.changed", support.userName(link.stateBy()), support.date(link.stateAt())));
        boolean unconfirmed = past(link) && (link.state() == MeetingState.PLANNED || link.state() == MeetingState.MOVED);
        meeting.put("prompt", unconfirmed && !next.isEmpty() ? support.text("mentoring.macro.meeting.prompt") : null);
        Integer daysAhead = agendaDaysAhead(link, plan);
        meeting.put("agenda", daysAhead == null || userKey == null || !userKey.equals(plan.mentorKey()) ? null
                : support.text("mentoring.macro.meeting.agenda", daysAhead));
        List<Map<String, Object>> buttons = new ArrayList<>();
        for (MeetingState state : next) {
            Map<String, Object> button = new LinkedHashMap<>();
            button.put("state", state.parameter());
            button.put("label", support.text(switch (state) {
                case PLANNED -> "mentoring.macro.meeting.to.planned";
                case HELD -> "mentoring.macro.meeting.to.held";
                case CANCELLED -> "mentoring.macro.meeting.to.cancelled";
                case MOVED -> "mentoring.macro.meeting.to.moved";
            }));
            buttons.add(button);
        }
        meeting.put("buttons", buttons);
        meeting.put("canMove", next.contains(MeetingState.MOVED));
        meeting.put("moveDate", link.effectiveDate().plusDays(1).toString());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("meeting", meeting);
        model.put("text", Map.of(
                "state", support.text("mentoring.macro.meeting.state"),
                "date", support.text("mentoring.macro.meeting.move.date"),
                "move", support.text("mentoring.macro.meeting.to.moved")));
        return support.render(TEMPLATE, model);
    }

    private String stateText(MeetingLink link) {
        return switch (link.state()) {
            case PLANNED -> support.text("mentoring.macro.meeting.planned", support.date(link.effectiveDate()));
            case HELD -> support.text("mentoring.macro.meeting.held", support.date(link.effectiveDate()));
            case CANCELLED -> support.text(link.cancelledLate() ? "mentoring.macro.meeting.cancelled.late"
                    : "mentoring.macro.meeting.cancelled", support.date(link.effectiveDate()));
            case MOVED -> support.text("mentoring.macro.meeting.moved", support.date(link.effectiveDate()));
        };
    }
}
