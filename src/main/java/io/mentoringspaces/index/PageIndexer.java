package io.mentoringspaces.index;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.model.PlanStatus;
import io.mentoringspaces.service.ChecklistService;
import io.mentoringspaces.service.GoalService;
import io.mentoringspaces.service.MeetingService;
import io.mentoringspaces.service.MentoringException;
import io.mentoringspaces.service.NotFoundException;
import io.mentoringspaces.service.PlanService;
import io.mentoringspaces.storage.ChecklistStorage;
import io.mentoringspaces.storage.GoalMacroReader;
import io.mentoringspaces.storage.StorageFormatException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the app's index of a mentoring space in step with its pages: meeting pages (recognised by
 * their label) are linked to the space's plan with the date that starts their title, and the goal
 * macros of the growth-plan page make up the plan's goal index, and the checklist macros of any page
 * of the space tell which items the plan's checklists have (their ticks stay in the app). Pages of spaces without a plan are
 * ignored after one look-up. Each change is one service transaction and idempotent: handling the same
 * page twice writes nothing the second time. A page that cannot be handled is logged with its id and
 * leaves the index as it was.
 */
public class PageIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(PageIndexer.class);

    private final PlanService plans;
    private final GoalService goals;
    private final MeetingService meetings;
    private final ChecklistService checklists;
    private final PageManager pageManager;
    private final SpaceManager spaceManager;

    public PageIndexer(PlanService plans, GoalService goals, MeetingService meetings, ChecklistService checklists,
            PageManager pageManager, SpaceManager spaceManager) {
        this.plans = plans;
        this.goals = goals;
        this.meetings = meetings;
        this.checklists = checklists;
        this.pageManager = pageManager;
        this.spaceManager = spaceManager;
    }

    /** A page was created (by any means) in its space: links it or indexes its goals when it is labelled so. */
    public void pageCreated(Page page) {
        inPlanOf(page, "created", plan -> index(plan, page, false));
    }

    /** A page was saved: as {@link #pageCreated}, and a page that lost the meeting label is unlinked. */
    public void pageUpdated(Page page) {
        inPlanOf(page, "updated", plan -> index(plan, page, true));
    }

    /** The growth-plan page of a new mentoring space, just labelled: its goals are the plan's goals. */
    public void growthPlanCreated(Page page) {
        inPlanOf(page, "created with its mentoring space", plan -> indexGoals(plan, page));
    }

    public void pageTrashed(Page page) {
        inPlanOf(page, "trashed", plan -> meetings.trash(page.getId()));
    }

    public void pageRestored(Page page) {
        inPlanOf(page, "restored", plan -> meetings.restore(page.getId()));
    }

    public void pagePurged(Page page) {
        inPlanOf(page, "purged", plan -> meetings.unlink(page.getId()));
    }

    /** A page moved from {@code oldSpace}: indexed in its new space, unlinked when that space has no plan. */
    public void pageMoved(Page page, Space oldSpace) {
        if (oldSpace != null && !oldSpace.getKey().equals(page.getSpaceKey())
                && plans.findBySpaceKey(page.getSpaceKey()).isEmpty()) {
            inPlan(oldSpace.getKey(), page, "moved out of its mentoring space", plan -> meetings.unlink(page.getId()));
        } else {
            pageUpdated(page);
        }
    }

    /** The space was removed: its plan is archived, with everything linked to it kept for the reports. */
    public void spaceRemoved(String spaceKey) {
        try {
            plans.findBySpaceKey(spaceKey)
                    .filter(plan -> plan.status() != PlanStatus.ARCHIVED)
                    .ifPresent(plan -> plans.archive(plan.id()));
        } catch (RuntimeException e) {
            LOG.warn("Mentoring index: the plan of removed space {} could not be archived", spaceKey, e);
        }
    }

    /**
     * Rebuilds the space's index from its pages: every current labelled meeting page is linked (and
     * counted again if its link was trashed), links of pages in the trash are marked trashed, links of
     * pages that are gone, moved away or no longer labelled are removed, and the goal index is read
     * again from the growth-plan page (the oldest labelled one); checklists are read again from every
     * page, and those no page holds any more count no items. Rebuilding twice gives the same rows.
     */
    public RebuildResult rebuild(String spaceKey) {
        GrowthPlan plan = plans.getBySpaceKey(spaceKey);
        Space space = spaceManager.getSpace(spaceKey);
        if (space == null) {
            throw new NotFoundException("spaceKey", "mentoring.error.plan.unknown");
        }
        List<Page> pages = pageManager.getPages(space, true).stream().sorted(MeetingPages.BY_ID).toList();
        Set<Long> current = new HashSet<>();
        int linked = 0;
        Page growthPlanPage = null;
        Set<String> checklistIds = new HashSet<>();
        for (Page page : pages) {
            checklistIds.addAll(syncChecklists(plan, page));
            if (MeetingPages.isMeeting(page) && relinked(plan, page)) {
                current.add(page.getId());
                linked++;
            }
            if (growthPlanPage == null && MeetingPages.isGrowthPlan(page)) {
                growthPlanPage = page;
            }
        }
        int trashed = 0;
        int unlinked = 0;
        for (MeetingLink link : meetings.meetings(plan.id())) {
            if (current.contains(link.pageId())) {
                continue;
            }
            AbstractPage page = pageManager.getAbstractPage(link.pageId());
            if (page != null && page.isDeleted() && spaceKey.equals(page.getSpaceKey()) && MeetingPages.isMeeting(page)) {
                meetings.trash(link.pageId());
                trashed++;
            } else {
                meetings.unlink(link.pageId());
                unlinked++;
            }
        }
        for (String checklistId : checklists.readAll(plan.id()).keySet()) {
            if (!checklistIds.contains(checklistId)) {
                checklists.syncItems(plan.id(), checklistId, List.of());
            }
        }
        int goalCount = 0;
        if (growthPlanPage != null && indexGoals(plan, growthPlanPage)) {
            goalCount = goals.currentGoals(plan.id()).size();
        }
        return new RebuildResult(linked, trashed, unlinked, growthPlanPage == null ? 0 : growthPlanPage.getId(), goalCount);
    }

    private boolean relinked(GrowthPlan plan, Page page) {
        try {
            Optional<MeetingLink> link = linkMeeting(plan, page);
            if (link.isPresent() && link.get().trashed()) {
                meetings.restore(page.getId());
            }
            return link.isPresent();
        } catch (RuntimeException e) {
            LOG.warn("Mentoring index: meeting page {} could not be linked: {}", page.getId(), e.getMessage());
            return false;
        }
    }

    private void index(GrowthPlan plan, Page page, boolean unlinkUnlabelled) {
        if (MeetingPages.isMeeting(page)) {
            linkMeeting(plan, page);
        } else if (unlinkUnlabelled && meetings.findByPageId(page.getId()).isPresent()) {
            meetings.unlink(page.getId());
        }
        if (MeetingPages.isGrowthPlan(page)) {
            indexGoals(plan, page);
        }
        syncChecklists(plan, page);
    }

    /** Records the items of each checklist macro on the page; returns the ids of those checklists. */
    private Set<String> syncChecklists(GrowthPlan plan, Page page) {
        Map<String, List<ChecklistEntry>> found = ChecklistStorage.checklists(page.getBodyAsString());
        found.forEach((checklistId, entries) -> checklists.syncItems(plan.id(), checklistId, entries));
        return found.keySet();
    }

    /** Links the page with the date of its title; without one, keeps the date it is linked with. */
    private Optional<MeetingLink> linkMeeting(GrowthPlan plan, Page page) {
        String title = MeetingPages.linkTitle(page.getTitle() == null ? "" : page.getTitle());
        Optional<LocalDate> date = MeetingPages.dateFromTitle(title);
        if (date.isEmpty()) {
            date = meetings.findByPageId(page.getId()).map(MeetingLink::meetingDate);
        }
        if (date.isEmpty()) {
            LOG.info("Mentoring index: meeting page {} is not linked: its title starts with no date", page.getId());
            return Optional.empty();
        }
        return Optional.of(meetings.link(plan.id(), page.getId(), date.get(), title));
    }

    /** Replaces the plan's goal index with the page's goal macros; false (and logged) when the body is malformed. */
    private boolean indexGoals(GrowthPlan plan, Page page) {
        GoalDefinitions.Result result;
        try {
            result = GoalDefinitions.from(GoalMacroReader.read(page.getBodyAsString()));
        } catch (StorageFormatException e) {
            LOG.warn("Mentoring index: growth-plan page {} is not well-formed ({}); its goal index is left as it was",
                    page.getId(), e.getMessage());
            return false;
        }
        for (String problem : result.problems()) {
            LOG.info("Mentoring index: growth-plan page {}: {}", page.getId(), problem);
        }
        goals.replaceGoalIndex(plan.id(), result.definitions());
        return true;
    }

    private void inPlanOf(Page page, String what, Consumer<GrowthPlan> work) {
        inPlan(page.getSpaceKey(), page, what, work);
    }

    private void inPlan(String spaceKey, Page page, String what, Consumer<GrowthPlan> work) {
        try {
            Optional<GrowthPlan> plan = plans.findBySpaceKey(spaceKey);
            if (plan.isPresent()) {
                work.accept(plan.get());
            }
        } catch (MentoringException e) {
            LOG.warn("Mentoring index: page {} ({}) could not be indexed: {}; the index is left as it was", page.getId(), what,
                    e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Mentoring index: page {} ({}) could not be indexed; the index is left as it was", page.getId(), what, e);
        }
    }
}
