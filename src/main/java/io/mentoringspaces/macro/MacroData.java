package io.mentoringspaces.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import io.mentoringspaces.model.ChecklistState;
import io.mentoringspaces.model.GoalProgress;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.model.MeetingPageItems;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.service.ActionItemService;
import io.mentoringspaces.service.ChecklistService;
import io.mentoringspaces.service.GoalService;
import io.mentoringspaces.service.InvalidInputException;
import io.mentoringspaces.service.MeetingService;
import io.mentoringspaces.service.NotFoundException;
import io.mentoringspaces.service.PlanService;
import io.mentoringspaces.service.ProgrammeService;
import io.mentoringspaces.storage.PageMacros;
import io.mentoringspaces.storage.StorageFormatException;
import io.mentoringspaces.storage.StorageReader;
import io.mentoringspaces.view.GoalStateView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the macros read, read once per conversion ({@link ConversionContextCache}): a page with any
 * number of the app's macros for one plan reads the plan, its goals with their progress, its
 * checklists, its meetings, the meeting items the page shows and its programme at most once each, and
 * parses the page's storage format at most once (no SQL). Never writes.
 */
public class MacroData {

    private static final Logger LOG = LoggerFactory.getLogger(MacroData.class);

    private final PlanService plans;
    private final GoalService goals;
    private final ChecklistService checklists;
    private final MeetingService meetings;
    private final ProgrammeService programmes;
    private final ActionItemService items;

    public MacroData(PlanService plans, GoalService goals, ChecklistService checklists, MeetingService meetings,
            ProgrammeService programmes, ActionItemService items) {
        this.plans = plans;
        this.goals = goals;
        this.checklists = checklists;
        this.meetings = meetings;
        this.programmes = programmes;
        this.items = items;
    }

    /** The growth plan of the space; refused with a message when the space is not a mentoring space. */
    public GrowthPlan plan(ConversionContext context, String spaceKey) {
        return ConversionContextCache.get(context, "plan:" + spaceKey, () -> plans.findBySpaceKey(spaceKey))
                .orElseThrow(() -> new NotFoundException("spaceKey", "mentoring.macro.error.no.plan"));
    }

    /** The plan's current goals with their latest progress updates and agreements. */
    public List<GoalProgress> goals(ConversionContext context, int planId) {
        return ConversionContextCache.get(context, "goals:" + planId,
                () -> goals.currentGoalsWithProgress(planId, GoalStateView.LOADED));
    }

    /** The stored states of the plan's checklists, by checklist id. */
    public Map<String, ChecklistState> checklists(ConversionContext context, int planId) {
        return ConversionContextCache.get(context, "checklists:" + planId, () -> checklists.readAll(planId));
    }

    /**
     * The app's macros on the page being rendered, read from the storage format of the conversion's
     * entity ({@link StorageReader}), never from a macro's body, which Confluence hands over already
     * converted to HTML. {@link PageMacros#NONE} without an entity; refused with a message (and logged
     * once) when the page cannot be read.
     */
    public PageMacros page(ConversionContext context) {
        PageRead read = ConversionContextCache.get(context, "page", () -> PageRead.of(context.getEntity()));
        if (read.macros() == null) {
            throw new InvalidInputException("pageId", "mentoring.macro.error.page.unreadable");
        }
        return read.macros();
    }

    /** A page's macros, or null when its storage format could not be read. */
    private record PageRead(PageMacros macros) {

        static PageRead of(ContentEntityObject entity) {
            if (entity == null) {
                return new PageRead(PageMacros.NONE);
            }
            try {
                return new PageRead(StorageReader.read(entity.getBodyAsString()));
            } catch (StorageFormatException e) {
                LOG.warn("Mentoring macros: content {} is not well-formed storage format ({}); its checklists are not shown",
                        entity.getId(), e.getMessage());
                return new PageRead(null);
            }
        }
    }

    /** The programme with this id. */
    public Optional<Programme> programme(ConversionContext context, int programmeId) {
        return ConversionContextCache.get(context, "programme:" + programmeId, () -> programmes.findById(programmeId));
    }

    /** The plan's meeting links, oldest first, trashed ones included. */
    public List<MeetingLink> meetings(ConversionContext context, int planId) {
        return ConversionContextCache.get(context, "meetings:" + planId, () -> meetings.meetings(planId));
    }

    /**
     * On the page of a meeting of the plan, the open action items of earlier meetings and the page's
     * suggestions; both empty on any other page.
     */
    public MeetingPageItems pageItems(ConversionContext context, int planId, long pageId) {
        return ConversionContextCache.get(context, "items:" + planId + ":" + pageId,
                () -> items.pageItems(planId, pageId, meetings(context, planId)));
    }
}
