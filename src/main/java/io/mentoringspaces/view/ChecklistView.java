package io.mentoringspaces.view;

import io.mentoringspaces.model.ChecklistItem;
import io.mentoringspaces.model.ChecklistItemState;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.ItemText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A checklist with its completion bar and its items, each ticked or not, with who changed it and when
 * on hover; for users who may tick them, the items are checkboxes. The built-in mentee checklist is
 * ticked by the mentee only: other users who may edit the page see its checkboxes disabled, with a note
 * that says why. Shared by the checklist macro and the REST API, which answers a tick with the
 * checklist re-rendered.
 */
public class ChecklistView {

    private static final String TEMPLATE = "templates/macro/checklist.vm";

    /** The wording of the built-in mentee checklist's items, by key. */
    private static final Map<String, String> DEFAULT_ITEMS = Map.of(
            "growth-plan", "mentoring.macro.checklist.default.growth-plan",
            "meeting-times", "mentoring.macro.checklist.default.meeting-times",
            "discussion-points", "mentoring.macro.checklist.default.discussion-points",
            "agreed-tasks", "mentoring.macro.checklist.default.agreed-tasks",
            "mentor-suggestions", "mentoring.macro.checklist.default.mentor-suggestions",
            "feedback", "mentoring.macro.checklist.default.feedback",
            "skill-building", "mentoring.macro.checklist.default.skill-building",
            "confidentiality", "mentoring.macro.checklist.default.confidentiality",
            "progress", "mentoring.macro.checklist.default.progress",
            "mentor-time", "mentoring.macro.checklist.default.mentor-time");

    private final ViewSupport support;

    public ChecklistView(ViewSupport support) {
        this.support = support;
    }

    /** Items ticked, in percent of the items the checklist now has, rounded down. */
    public static int percent(List<ChecklistItem> items) {
        return items.isEmpty() ? 0 : (int) (items.stream().filter(ChecklistItem::done).count() * 100 / items.size());
    }

    public String render(GrowthPlan plan, String checklistId, List<ChecklistItem> items, Viewer viewer) {
        long done = items.stream().filter(ChecklistItem::done).count();
        int percent = percent(items);
        Map<String, Object> checklist = new LinkedHashMap<>();
        checklist.put("id", checklistId);
        checklist.put("percent", percent);
        checklist.put("summary", support.text("mentoring.macro.checklist.summary", done, items.size(), percent));
        boolean canTick = plan.changeable() && viewer.mayChange() && viewer.mayTick(plan, checklistId);
        checklist.put("canTick", canTick);
        checklist.put("menteeOnly", plan.changeable() && viewer.mayChange() && !canTick
                ? support.text("mentoring.macro.checklist.mentee.only") : null);
        checklist.put("restPath", ViewSupport.REST_PATH + "/pages/" + viewer.pageId() + "/checklists/" + checklistId);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ChecklistItem item : items) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", item.key());
            row.put("text", item.entry().text() == null ? support.text(DEFAULT_ITEMS.get(item.key())) : shown(item.entry().text()));
            row.put("done", item.done());
            row.put("doneLabel", support.text(item.done() ? "mentoring.macro.checklist.done" : "mentoring.macro.checklist.open"));
            row.put("changed", changed(item.state()));
            rows.add(row);
        }
        checklist.put("items", rows);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("checklist", checklist);
        model.put("interactive", viewer.interactive());
        return support.render(TEMPLATE, model);
    }

    /**
     * An item's text as people read it: each part as its key text (words, a status's title, a date as
     * written), except a mention, shown as the person's display name, looked up now: a renamed person
     * shows their new name and the item keeps its key.
     */
    private String shown(ItemText text) {
        StringBuilder shown = new StringBuilder();
        for (ItemText.Part part : text.parts()) {
            if (part instanceof ItemText.Mention mention) {
                shown.append(mention.userKey() != null ? support.userName(mention.userKey())
                        : support.userNameByName(mention.username()));
            } else {
                shown.append(part.keyText());
            }
        }
        return shown.toString();
    }

    /** "Ticked by ... on ..." for an item someone changed; null before anyone did. */
    private String changed(ChecklistItemState state) {
        if (state == null || state.changedBy() == null || state.changedAt() == null) {
            return null;
        }
        return support.text(state.done() ? "mentoring.macro.checklist.ticked" : "mentoring.macro.checklist.unticked",
                support.userName(state.changedBy()), support.date(state.changedAt()));
    }
}
