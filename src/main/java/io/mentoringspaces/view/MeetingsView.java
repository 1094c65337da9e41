package io.mentoringspaces.view;

import com.atlassian.confluence.pages.AbstractPage;
import io.mentoringspaces.model.CadenceFigures;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.service.AccessService;
import io.mentoringspaces.service.CadenceCalculator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The meeting timeline of a plan: meetings held against the agreed cadence, days since the last
 * meeting, the next one due, a stalled flag, and the linked meeting pages, newest first. Shared by
 * the meetings macro and the REST API.
 */
public class MeetingsView {

    /** Meetings listed before "show all" in view mode; exports list every meeting. */
    public static final int SHOWN = 10;

    private static final String TEMPLATE = "templates/macro/meetings.vm";

    private final ViewSupport support;
    private final CadenceCalculator cadence;
    private final AccessService access;

    public MeetingsView(ViewSupport support, CadenceCalculator cadence, AccessService access) {
        this.support = support;
        this.cadence = cadence;
        this.access = access;
    }

    /** The cadence figures of the plan: its held meetings at their effective dates, trashed meeting pages left out. */
    public CadenceFigures figures(GrowthPlan plan, List<MeetingLink> meetings) {
        return cadence.compute(plan.startDate(), plan.cadence(),
                current(meetings).stream().filter(MeetingLink::held).map(MeetingLink::effectiveDate).toList());
    }

    public String render(GrowthPlan plan, List<MeetingLink> meetings, Viewer viewer) {
        CadenceFigures figures = figures(plan, meetings);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("held", support.text("mentoring.macro.meetings.held", figures.held(), figures.expected(), cadenceLabel(plan)));
        model.put("adherence", support.text("mentoring.macro.meetings.adherence", figures.adherencePercent()));
        model.put("adherencePercent", figures.adherencePercent());
        model.put("sinceLast", figures.daysSinceLast() == null ? support.text("mentoring.macro.meetings.since.none")
                : support.text("mentoring.macro.meetings.since", figures.daysSinceLast()));
        model.put("nextDue", support.text("mentoring.macro.meetings.next", support.date(figures.nextDue())));
        model.put("overdue", figures.overdue());
        model.put("stalled", figures.stalled());
        model.put("overdueLabel", support.text("mentoring.macro.meetings.overdue"));
        model.put("stalledLabel", support.text("mentoring.macro.meetings.stalled"));
        model.put("title", support.text("mentoring.macro.meetings.title"));
        List<MeetingLink> current = new ArrayList<>(current(meetings));
        Collections.reverse(current);
        LocalDate today = support.today();
        List<Map<String, Object>> items = new ArrayList<>();
        for (MeetingLink meeting : current) {
            AbstractPage page = access.viewablePage(viewer.user(), meeting.pageId());
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("date", support.date(meeting.meetingDate()));
            item.put("title", page == null ? null : page.getTitle());
            item.put("url", page == null ? null : support.pageUrl(page.getId()));
            item.put("planned", meeting.meetingDate().isAfter(today));
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
        return support.render(TEMPLATE, model);
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
