package io.mentoringspaces.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.ChecklistState;
import io.mentoringspaces.model.DefaultChecklist;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.service.ChecklistService;
import io.mentoringspaces.storage.MacroNames;
import io.mentoringspaces.view.ChecklistView;
import io.mentoringspaces.view.ViewSupport;
import io.mentoringspaces.view.Viewer;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code mentoring-checklist}: a checklist whose items are its body's list items or lines, or the
 * built-in mentee checklist when the body is empty; ticks are kept per space, checklist and item.
 *
 * <p>The items are read from the storage format of the page being rendered (the first checklist macro
 * with this macro's checklist id), exactly as the REST API and the page index read them, so that all
 * three give every item the same key. The {@code body} Confluence hands the macro is not read: it is
 * already converted to HTML, where mentions, status macros and links no longer look as they do in
 * the page. A checklist the saved page does not hold (a preview of an unsaved page, say) shows a
 * message instead of items.
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
        String named = MacroParameters.token(parameters, MacroNames.CHECKLIST_ID);
        String checklistId = named == null ? DefaultChecklist.ID : named;
        GrowthPlan plan = data.plan(context, placement.spaceKey());
        Optional<List<ChecklistEntry>> entries = data.page(context).checklist(checklistId);
        if (entries.isEmpty()) {
            return views.message("info", views.text("mentoring.macro.checklist.unsaved"));
        }
        ChecklistService.validate(Map.of(checklistId, entries.get()));
        ChecklistState stored = data.checklists(context, plan.id())
                .getOrDefault(checklistId, new ChecklistState(plan.id(), checklistId, Map.of()));
        if (viewer.interactive()) {
            support.requireResource("macro-checklist");
        }
        return view.render(plan, checklistId, stored.resolve(entries.get()), viewer);
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.RICH_TEXT;
    }
}
