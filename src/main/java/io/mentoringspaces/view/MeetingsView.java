package io.mentoringspaces.view;

import com.atlassian.confluence.pages.AbstractPage;
import io.mentoringspaces.model.CadenceFigures;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.model.MeetingState;
import io.mentoringspaces.model.PlanStatus;
import io.mentoringspaces.service.AccessService;
import io.mentoringspaces.service.CadenceCalculator;
import io.mentoringspaces.view.chart.Chart;
import io.mentoringspaces.view.chart.ChartColours;
import io.mentoringspaces.view.chart.Charts;
import io.mentoringspaces.view.chart.Series;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The meeting timeline of a plan: the pair's agreed arrangement ({@link ArrangementView}), meetings held against the agreed cadence, days since the last
 * meeting, the next one due (highlighted when it is due today or overdue), a stalled flag, and the
 * linked meeting pages, newest first (a meeting dated today highlighted; one cancelled, moved or left
 * unconfirmed after its day labelled so), and for the pair on screen an "Add to calendar" link to the
 * iCalendar file of their meetings. While the mentor's invitation is open no meeting is expected yet: the
 * figures, flags and chart give way to a line saying so. Shared by the meetings macro and the REST API.
 */
public class MeetingsView {

    /** Meetings listed before "show all" in view mode; exports list every meeting. */
    public static final int SHOWN = 10;

    /** Months the held-and-expected chart covers at most: the pair's latest two years. */
    public static final int CHART_MONTHS = 24;

    private static final String TEMPLATE = "templates/macro/meetings.vm";

    private final ViewSupport support;
    private final CadenceCalculator cadence;
    private final AccessService access;
    private final ArrangementView arrangement;

    public MeetingsView(ViewSupport support, CadenceCalculator cadence, AccessService access, ArrangementView arrangement) {
        this.support = support;
        this.cadence = cadence;
        this.access = access;
        this.arrangement = arrangement;
    }

    /** The cadence figures of the plan: its held meetings at their effective dates, trashed meeting pages left out. */
    public CadenceFigures figures(GrowthPlan plan, List<MeetingLink> meetings) {
        return CadenceCalculator.compute(plan.cadenceStart(), plan.cadence(),
                current(meetings).stream().filter(MeetingLink::held).map(MeetingLink::effectiveDate).toList(),
                plan.figuresDay(cadence.today()));
    }

    /**
     * The timeline for the viewer, with {@code coordinatorNotice} (see {@link CoordinatorNotice}) above
     * it when not null.
     */
    public String render(GrowthPlan plan, List<MeetingLink> meetings, Viewer viewer, String coordinatorNotice) {
        CadenceFigures figures = figures(plan, meetings);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("coordinatorNotice", coordinatorNotice);
        boolean closed = plan.status() == PlanStatus.CLOSED;
        model.put("arrangementHtml", arrangement.render(plan, viewer));
        boolean invited = plan.status() == PlanStatus.INVITED;
        model.put("invited", invited ? support.text("mentoring.macro.meetings.invited", cadenceLabel(plan)) : null);
        model.put("closed", closed ? support.text("mentoring.macro.meetings.closed", support.date(plan.closure().closedOn()),
                support.userName(plan.closure().closedBy())) : null);
        AbstractPage review = closed ? access.viewablePage(viewer.user(), plan.closure().reviewPageId()) : null;
        model.put("reviewUrl", review == null ? null : support.pageUrl(review.getId()));
        model.put("reviewLabel", support.text("mentoring.macro.meetings.closed.review"));
        model.put("held", support.text("mentoring.macro.meetings.held", figures.held(), figures.expected(), cadenceLabel(plan)));
        model.put("adherence", support.text("mentoring.macro.meetings.adherence", figures.adherencePercent()));
        model.put("adherencePercent", figures.adherencePercent());
        model.put("sinceLast", figures.daysSinceLast() == null ? support.text("mentoring.macro.meetings.since.none")
                : support.text("mentoring.macro.meetings.since", figures.daysSinceLast()));
        model.put("nextDue", support.text("mentoring.macro.meetings.next", support.date(figures.nextDue())));
        LocalDate today = support.today();
        model.put("overdue", figures.overdue());
        model.put("dueToday", today.equals(figures.nextDue()));
        model.put("dueTodayLabel", support.text("mentoring.macro.meetings.due.today"));
        model.put("todayLabel", support.text("mentoring.macro.meetings.today"));
        model.put("stalled", figures.stalled());
        model.put("overdueLabel", support.text("mentoring.macro.meetings.overdue"));
        model.put("stalledLabel", support.text("mentoring.macro.meetings.stalled"));
        model.put("title", support.text("mentoring.macro.meetings.title"));
        model.put("chartHtml", invited ? "" : chart(plan, meetings, viewer.interactive()));
        List<MeetingLink> current = new ArrayList<>(current(meetings));
        Collections.reverse(current);
        List<Map<String, Object>> items = new ArrayList<>();
        for (MeetingLink meeting : current) {
            AbstractPage page = access.viewablePage(viewer.user(), meeting.pageId());
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("date", support.date(meeting.meetingDate()));
            item.put("title", page == null ? null : page.getTitle());
            item.put("url", page == null ? null : support.pageUrl(page.getId()));
            item.put("planned", meeting.state() == MeetingState.PLANNED && meeting.meetingDate().isAfter(today));
            item.put("stateLabel", stateLabel(meeting, today));
            item.put("stateName", meeting.state().parameter());
            item.put("today", meeting.meetingDate().equals(today));
            item.put("hidden", viewer.interactive() && items.size() >= SHOWN);
            items.add(item);
        }
        model.put("meetings", items);
        model.put("hasMeetings", !items.isEmpty());
        model.put("none", support.text("mentoring.macro.meetings.none"));
        model.put("restricted", support.text("mentoring.macro.meetings.restricted"));
        model.put("planned", support.text("mentoring.macro.meetings.planned"));
        model.put("showAll", items.size() > SHOWN && viewer.interactive()
                ? support.text("mentoring.macro.meetings.show.all", items.size()) : null);
        model.put("interactive", viewer.interactive());
        boolean pair = viewer.isMenteeOf(plan) || viewer.isMentorOf(plan);
        model.put("calendarUrl", viewer.interactive() && pair
                ? support.restUrl("/spaces/" + URLEncoder.encode(plan.spaceKey(), StandardCharsets.UTF_8) + "/calendar") : null);
        model.put("calendarLabel", support.text("mentoring.macro.meetings.calendar"));
        model.put("calendarTooltip", support.text("mentoring.macro.meetings.calendar.tooltip"));
        return support.render(TEMPLATE, model);
    }

    /**
     * Meetings held and expected since the start, at the end of each month (today for this month), as
     * two lines; at most the latest {@value #CHART_MONTHS} months.
     */
    private String chart(GrowthPlan plan, List<MeetingLink> meetings, boolean interactive) {
        LocalDate today = support.today();
        YearMonth first = YearMonth.from(plan.startDate());
        YearMonth last = YearMonth.from(today);
        if (first.isBefore(last.minusMonths(CHART_MONTHS - 1L))) {
            first = last.minusMonths(CHART_MONTHS - 1L);
        }
        List<LocalDate> dates = current(meetings).stream().filter(MeetingLink::held).map(MeetingLink::effectiveDate).toList();
        List<String> months = new ArrayList<>();
        List<Integer> held = new ArrayList<>();
        List<Integer> expected = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            LocalDate end = month.equals(last) ? today : month.atEndOfMonth();
            months.add(month.toString());
            held.add((int) dates.stream().filter(d -> !d.isAfter(end)).count());
            expected.add(CadenceCalculator.expectedMeetings(plan.cadenceStart(), plan.cadence(), end));
        }
        Chart chart = new Chart(support.text("mentoring.chart.cadence.title"), support.text("mentoring.chart.month"), months,
                List.of(Series.counts(support.text("mentoring.chart.cadence.held"), ChartColours.HELD, held),
                        Series.counts(support.text("mentoring.chart.cadence.expected"), ChartColours.EXPECTED, expected)),
                support.text("mentoring.chart.cadence.empty"), support.text("mentoring.chart.figures"), !interactive);
        return Charts.lines("mentoring-meetings-" + plan.spaceKey(), chart, 0);
    }

    /**
     * What became of a meeting that was not held, for its line in the timeline: cancelled, moved (to
     * its new date) or, once its day has passed unconfirmed, a prompt to say what became of it; null
     * for a held meeting and for one still to come.
     */
    private String stateLabel(MeetingLink meeting, LocalDate today) {
        return switch (meeting.state()) {
            case HELD -> null;
            case CANCELLED -> support.text("mentoring.macro.meetings.cancelled");
            case MOVED -> support.text("mentoring.macro.meetings.moved", support.date(meeting.effectiveDate()));
            case PLANNED -> meeting.effectiveDate().isBefore(today) ? support.text("mentoring.macro.meetings.unconfirmed") : null;
        };
    }

    private static List<MeetingLink> current(List<MeetingLink> meetings) {
        return meetings.stream().filter(m -> !m.trashed()).toList();
    }

    private String cadenceLabel(GrowthPlan plan) {
        return support.text(switch (plan.cadence()) {
            case WEEKLY -> "mentoring.macro.cadence.weekly";
            case FORTNIGHTLY -> "mentoring.macro.cadence.fortnightly";
            case MONTHLY -> "mentoring.macro.cadence.monthly";
        });
    }
}
