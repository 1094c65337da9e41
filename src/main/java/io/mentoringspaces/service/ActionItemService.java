package io.mentoringspaces.service;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.ao.MeetingItemEntity;
import io.mentoringspaces.ao.MeetingLinkEntity;
import io.mentoringspaces.model.ActionItem;
import io.mentoringspaces.model.CarriedActionItem;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.model.MeetingPageItems;
import io.mentoringspaces.model.Suggestion;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/**
 * The action items of a plan's meetings: the Confluence tasks on its meeting pages, as the index keeps
 * them (see {@link MeetingService#syncPage}). The tasks themselves stay in the pages; completing one
 * from the app completes the task in its page, and this service then records when.
 */
public class ActionItemService {

    private final ActiveObjects ao;
    private final Changes changes;
    private final Clock clock;
    private final PlanFiguresKeeper figures;

    public ActionItemService(ActiveObjects ao, Changes changes, Clock clock) {
        this.ao = ao;
        this.changes = changes;
        this.clock = clock;
        this.figures = new PlanFiguresKeeper(ao, clock.getZone());
    }

    /**
     * The open action items of the plan's meetings earlier than the meeting of {@code pageId}: those
     * on pages (not trashed) whose effective date is before that meeting's, never the page's own nor a
     * later meeting's; each once, oldest meeting first, then in page order. Empty when the page is not
     * a meeting of the plan. Two statements, however many meetings and items.
     */
    public List<CarriedActionItem> openBefore(int planId, long pageId) {
        return pageItems(planId, pageId, Arrays.stream(ao.find(MeetingLinkEntity.class, Query.select().where("PLAN_ID = ?", planId)))
                .map(Mapping::meeting)
                .toList()).carried();
    }

    /**
     * Everything a meeting page shows of the plan's meeting items, for a caller that read the plan's
     * meetings already ({@link MeetingService#meetings}): the open action items of earlier meetings, as
     * {@link #openBefore(int, long)} lists them, and the mentor's suggestions still on the page, in one
     * statement, however many meetings and items. Both empty when the page is not a meeting of the plan.
     */
    public MeetingPageItems pageItems(int planId, long pageId, List<MeetingLink> meetings) {
        Map<Long, MeetingLink> links = new HashMap<>();
        for (MeetingLink link : meetings) {
            if (link.planId() == planId) {
                links.put(link.pageId(), link);
            }
        }
        MeetingLink meeting = links.get(pageId);
        if (meeting == null) {
            return new MeetingPageItems(List.of(), List.of());
        }
        LocalDate before = meeting.effectiveDate();
        List<CarriedActionItem> open = new ArrayList<>();
        List<Suggestion> suggestions = new ArrayList<>();
        for (MeetingItemEntity e : ao.find(MeetingItemEntity.class, Query.select().where(
                "PLAN_ID = ? AND (KIND = ? AND DONE = ? OR PAGE_ID = ? AND KIND = ? AND REMOVED = ?)",
                planId, MeetingItemKind.ACTION_ITEM.name(), false, pageId, MeetingItemKind.SUGGESTION.name(), false))) {
            if (MeetingItemKind.SUGGESTION.name().equals(e.getKind())) {
                suggestions.add(Mapping.suggestion(e));
                continue;
            }
            MeetingLink source = links.get(e.getPageId());
            if (source != null && !source.trashed() && source.effectiveDate().isBefore(before)) {
                open.add(new CarriedActionItem(Mapping.actionItem(e), source.effectiveDate()));
            }
        }
        open.sort(Comparator.comparing(CarriedActionItem::meetingDate)
                .thenComparingLong(carried -> carried.item().pageId())
                .thenComparingInt(carried -> carried.item().position()));
        return new MeetingPageItems(open, FeedbackService.sortedSuggestions(suggestions));
    }

    /** The action item of a page's task; empty when the index keeps none. */
    public Optional<ActionItem> find(long pageId, String taskId) {
        MeetingItemEntity e = findEntity(pageId, taskId);
        return Optional.ofNullable(e).map(Mapping::actionItem);
    }

    /**
     * Records that the app completed ({@code done}) or reopened the page's task, after saving the page
     * with the task's new status: a completed item keeps the time it was first seen complete (when the
     * index saw the saved page first), else gets now; a reopened one loses it. Refused when the index
     * keeps no such item.
     */
    public ActionItem recordStatus(long pageId, String taskId, boolean done) {
        Validate.pageId("pageId", pageId);
        String task = Validate.matching("taskId", taskId, Limits.TOKEN, "mentoring.error.token");
        return changes.run(() -> {
            MeetingItemEntity item = findEntity(pageId, task);
            if (item == null) {
                throw new NotFoundException("taskId", "mentoring.error.action.item.unknown");
            }
            if (item.isDone() == done && (item.getCompletedAt() != null) == done) {
                return Mapping.actionItem(item);
            }
            GrowthPlanEntity plan = figures.lock(item.getPlanId());
            item.setDone(done);
            item.setCompletedAt(done ? Date.from(clock.instant()) : null);
            item.save();
            figures.meetingsChanged(plan);
            return Mapping.actionItem(item);
        });
    }

    private MeetingItemEntity findEntity(long pageId, String taskId) {
        MeetingItemEntity[] found = ao.find(MeetingItemEntity.class,
                Query.select().where("UNIQUE_KEY = ?", MeetingItemKind.ACTION_ITEM.uniqueKey(pageId, taskId)));
        return found.length == 0 ? null : found[0];
    }
}
