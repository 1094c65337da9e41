package io.mentoringspaces.view;

import io.mentoringspaces.model.FeedbackSide;
import io.mentoringspaces.model.MyPair;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The user's pairs as the "My mentoring" page and the {@code mentoring-my-pairs} macro show them: one
 * table row per pair with its space, the user's role, the partner, the next meeting due with the
 * overdue flag (for a closed pair, the day it closed instead), the pair's status (stalled among them), the goals waiting for the mentor's agreement, the user's open action
 * items (counts, linked to their meeting pages) and the latest meeting's pulses. Static HTML, so it
 * reads the same on screen, in exports and in e-mail.
 */
public class MyPairsView {

    static final String TEMPLATE = "templates/macro/my-pairs.vm";
    /** The texts of the column headers, in table order. */
    private static final List<String> COLUMNS = List.of("mentoring.my.column.space", "mentoring.my.column.role",
            "mentoring.my.column.partner", "mentoring.my.column.next", "mentoring.my.column.status", "mentoring.my.column.goals",
            "mentoring.my.column.items", "mentoring.my.column.pulse");

    private final ViewSupport support;
    private final PairsViews pairs;

    public MyPairsView(ViewSupport support, PairsViews pairs) {
        this.support = support;
        this.pairs = pairs;
    }

    /** The table of the pairs, or the text saying there are none; links start with {@code base}, Confluence's base URL. */
    public String render(List<MyPair> pairs, String base) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (MyPair pair : pairs) {
            rows.add(row(pair, base));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("pairs", rows);
        model.put("none", rows.isEmpty());
        model.put("empty", support.text("mentoring.my.empty"));
        model.put("caption", support.text("mentoring.my.caption"));
        List<String> columns = new ArrayList<>();
        for (String key : COLUMNS) {
            columns.add(support.text(key));
        }
        model.put("columns", columns);
        return support.render(TEMPLATE, model);
    }

    private Map<String, Object> row(MyPair pair, String base) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("spaceName", pair.spaceName());
        row.put("spaceUrl", base + pair.spaceUrlPath());
        row.put("role", support.text(pair.role() == FeedbackSide.MENTOR ? "mentoring.my.role.mentor" : "mentoring.my.role.mentee"));
        row.put("partner", support.userName(pair.partnerKey()));
        row.put("nextDue", pair.nextDue() == null ? null : support.date(pair.nextDue()));
        row.put("closedOn", pair.closedOn() == null ? null : support.text("mentoring.my.closed.on", support.date(pair.closedOn())));
        row.put("overdue", pair.overdue() ? support.text("mentoring.my.overdue") : null);
        row.put("status", pairs.status(pair.status()));
        row.put("statusLozenge", PairsViews.lozenge(pair.status()));
        row.put("goals", pair.goalsUnagreed() == null ? support.text("mentoring.my.not.mentor")
                : pairs.number(pair.goalsUnagreed()));
        row.put("itemCount", pairs.number(pair.openItemCount()));
        List<Map<String, Object>> items = new ArrayList<>();
        for (MyPair.AssignedItems assigned : pair.openItems()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("url", base + "/pages/viewpage.action?pageId=" + assigned.pageId());
            item.put("text", support.text("mentoring.my.items.meeting", support.date(assigned.meetingDate()), assigned.count()));
            items.add(item);
        }
        row.put("hasItems", !items.isEmpty());
        row.put("items", items);
        MyPair.LastPulse pulse = pair.lastPulse();
        row.put("pulse", pulse == null ? support.text("mentoring.my.pulse.none")
                : support.text("mentoring.my.pulse", pulseValue(pulse.mentee()), pulseValue(pulse.mentor()),
                        support.date(pulse.meetingDate())));
        return row;
    }

    private String pulseValue(int value) {
        return value == 0 ? support.text("mentoring.my.pulse.not.given") : support.text("mentoring.my.pulse.value", value);
    }
}
