package io.mentoringspaces.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.ChecklistState;
import io.mentoringspaces.model.DefaultChecklist;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.service.ChecklistService;
import io.mentoringspaces.service.InvalidInputException;
import io.mentoringspaces.storage.ChecklistStorage;
import io.mentoringspaces.view.ChecklistView;
import io.mentoringspaces.view.ViewSupport;
import io.mentoringspaces.view.Viewer;
import java.util.List;
import java.util.Map;

/**
 * {@code mentoring-checklist}: a checklist whose items are the body's list items or lines, or the
 * built-in mentee checklist when the body is empty; ticks are kept per space, checklist and item.
 */
public class ChecklistMacro extends PlanMacro {

    private final ChecklistView view;

    public ChecklistMacro(MacroSupport support, ViewSupport views, MacroData data, ChecklistView view) {
        super(support, views, data);
        this.view = view;
    }

    @Override
    protected String render(Map<String, String> parameters, String body, ConversionContext context,
            MacroSupport.Placement placement) {
        Viewer viewer = placement.viewer();
        String named = MacroParameters.token(parameters, ChecklistStorage.CHECKLIST_ID);
        String checklistId = named == null ? DefaultChecklist.ID : named;
        List<ChecklistEntry> entries = ChecklistStorage.entries(body);
        if (entries.size() > ChecklistService.MAX_ITEMS) {
            throw new InvalidInputException("items", "mentoring.error.too.many.items", ChecklistService.MAX_ITEMS);
        }
        GrowthPlan plan = data.plan(context, placement.spaceKey());
        ChecklistState stored = data.checklists(context, plan.id())
                .getOrDefault(checklistId, new ChecklistState(plan.id(), checklistId, Map.of()));
        if (viewer.interactive()) {
            support.requireResource("macro-checklist");
        }
        return view.render(checklistId, stored.resolve(entries), viewer);
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.RICH_TEXT;
    }
}
