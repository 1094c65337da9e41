package io.mentoringspaces.view;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.user.ConfluenceUser;
import io.mentoringspaces.model.ActionItem;
import io.mentoringspaces.model.CarriedActionItem;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.service.AccessService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The open action items of a meeting's earlier meetings, as the action-items macro and the REST API
 * show them: each with its text, assignee, due date (flagged when past) and the meeting it came from.
 * An item is shown only to users who may view the page it is on (its text is the page's); users who may
 * edit that page get a checkbox that completes the Confluence task itself.
 */
public class ActionItemsView {

    private static final String TEMPLATE = "templates/macro/action-items.vm";

    private final ViewSupport support;
    private final AccessService access;

    public ActionItemsView(ViewSupport support, AccessService access) {
        this.support = support;
        this.access = access;
    }

    /** An open item a user may see, and whether they may complete it. */
    public record Shown(CarriedActionItem carried, boolean canTick) {

        public ActionItem item() {
            return carried.item();
        }
    }

    /**
     * The items whose pages {@code user} may view, in the same order, each tickable where the user may edit
     * its page while the plan may change; each page is looked up once.
     */
    public List<Shown> visible(List<CarriedActionItem> items, GrowthPlan plan, ConfluenceUser user) {
        Map<Long, Optional<Boolean>> pages = new HashMap<>();
        List<Shown> shown = new ArrayList<>();
        for (CarriedActionItem carried : items) {
            Optional<Boolean> editable = pages.computeIfAbsent(carried.item().pageId(), pageId -> {
                AbstractPage page = access.viewablePage(user, pageId);
                return page == null ? Optional.empty()
                        : Optional.of(plan.changeable() && user != null && access.canEditPage(user, page));
            });
            editable.ifPresent(canTick -> shown.add(new Shown(carried, canTick)));
        }
        return shown;
    }

    public String render(List<Shown> items, Viewer viewer) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Shown shown : items) {
            ActionItem item = shown.item();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", item.pageId() + "/" + item.taskId());
            row.put("text", item.text() == null || item.text().isBlank() ? support.text("mentoring.macro.action.items.untitled")
                    : item.text());
            row.put("assignee", item.assigneeKey() == null ? null
                    : support.text("mentoring.macro.action.items.assignee", support.userName(item.assigneeKey())));
            row.put("due", item.dueDate() == null ? null
                    : support.text("mentoring.macro.action.items.due", support.date(item.dueDate())));
            row.put("overdue", item.dueDate() != null && item.dueDate().isBefore(support.today()));
            row.put("meeting", support.text("mentoring.macro.action.items.from", support.date(shown.carried().meetingDate())));
            row.put("meetingUrl", support.pageUrl(item.pageId()));
            row.put("canTick", viewer.interactive() && shown.canTick());
            row.put("tickLabel", support.text("mentoring.macro.action.items.tick", row.get("text")));
            rows.add(row);
        }
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("items", rows);
        list.put("none", support.text("mentoring.macro.action.items.none"));
        list.put("overdueLabel", support.text("mentoring.macro.action.items.overdue"));
        list.put("restPath", ViewSupport.REST_PATH + "/pages/" + viewer.pageId() + "/action-items");
        list.put("canTick", rows.stream().anyMatch(row -> (boolean) row.get("canTick")));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("list", list);
        model.put("interactive", viewer.interactive());
        return support.render(TEMPLATE, model);
    }
}
