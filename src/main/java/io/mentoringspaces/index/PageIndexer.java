package io.mentoringspaces.index;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.Labelable;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import io.mentoringspaces.model.ActivityDefinition;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.model.MeetingPageContent;
import io.mentoringspaces.model.PageTask;
import io.mentoringspaces.model.PlanStatus;
import io.mentoringspaces.service.ActivityService;
import io.mentoringspaces.service.ChecklistService;
import io.mentoringspaces.service.ConflictException;
import io.mentoringspaces.service.GoalService;
import io.mentoringspaces.service.MeetingService;
import io.mentoringspaces.service.MentoringException;
import io.mentoringspaces.service.NotFoundException;
import io.mentoringspaces.service.PlanService;
import io.mentoringspaces.storage.FeedbackMacros;
import io.mentoringspaces.storage.PageMacros;
import io.mentoringspaces.storage.StorageFormatException;
import io.mentoringspaces.storage.StorageReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the app's index of a mentoring space in step with its pages: meeting pages (recognised by
 * their label) are linked to the space's plan with the date that starts their title (their Confluence
 * tasks are the plan's action items), the goal macros of the growth-plan page make up the plan's goal
 * index and its activity macros the plan's development activities, and the checklist macros of any page
 * of the space tell which items the plan's checklists have (their ticks stay in the app). Pages are
 * read with {@link StorageReader}, as the macros and the REST API read them. Pages of spaces without a
 * plan are ignored after one look-up, and so are the pages of a closed mentorship, whose figures are kept as
 * they were on the day it closed (reopening it rebuilds its index). Each change is one service transaction and idempotent: handling
 * the same page twice writes nothing the second time.
 *
 * <p>A page is handled whole or not at all: it is read and its checklists are checked before anything
 * is written, so a page that is not well-formed, or that holds a checklist the app cannot keep (a
 * malformed checklist id, more than 200 items), is skipped, logged with its id, and leaves the index as
 * it was.
 */
public class PageIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(PageIndexer.class);

    private final PlanService plans;
    private final GoalService goals;
    private final MeetingService meetings;
    private final ChecklistService checklists;
    private final PageManager pageManager;
    private final SpaceManager spaceManager;
    private final UserAccessor users;
    private final ActivityService activities;

    public PageIndexer(PlanService plans, GoalService goals, MeetingService meetings, ChecklistService checklists,
            PageManager pageManager, SpaceManager spaceManager, UserAccessor users, ActivityService activities) {
        this.plans = plans;
        this.goals = goals;
        this.meetings = meetings;
        this.checklists = checklists;
        this.pageManager = pageManager;
        this.spaceManager = spaceManager;
        this.users = users;
        this.activities = activities;
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
        inPlanOf(page, "created with its mentoring space",
                plan -> indexGoals(plan, page, StorageReader.read(page.getBodyAsString())));
    }

    public void pageTrashed(Page page) {
        inPlanOf(page, "trashed", plan -> meetings.trash(page.getId()));
    }

    public void pageRestored(Page page) {
        inPlanOf(page, "restored", plan -> meetings.restore(page.getId()));
    }

    /**
     * Purged from the trash: its link goes. The pages of a removed space are purged after its plan was
     * archived ({@link #spaceRemoved}): their links stay, as the ended pair's meetings.
     */
    public void pagePurged(Page page) {
        inPlanOf(page, "purged", plan -> {
            if (plan.status() != PlanStatus.ARCHIVED) {
                meetings.unlink(page.getId());
            }
        });
    }

    /**
     * A label was added to or taken off a page without a new version (the page's label tools): a saved,
     * current page that gained or lost the meeting or the growth-plan label is indexed again as after a
     * save, so it is linked or unlinked and its goals read. Other labels, other content and pages not
     * saved yet are left alone: a blueprint labels its page before saving it, and the page's create
     * event indexes it. A page that loses the growth-plan label leaves the goal index as it was.
     */
    public void pageLabelsChanged(Labelable labelled, Label label) {
        if (labelled instanceof Page page && page.getId() != 0 && page.isCurrent() && MeetingPages.isIndexLabel(label)) {
            pageUpdated(page);
        }
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

    /**
     * The space is being removed (Confluence announces it before it purges the pages) or was removed:
     * its plan is archived, with everything linked to it kept for the reports.
     */
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
     * page, and those no page holds any more count no items. Rebuilding twice gives the same rows. Refused
     * while the mentorship is closed (its figures are kept as they were; reopening it rebuilds).
     *
     * <p>Each page is applied whole or skipped whole: a page that is not well-formed, holds a checklist
     * the app cannot keep or cannot be linked is reported in {@link RebuildResult#skippedPages()} and
     * logged, and what the index holds for it (its meeting link, its checklists, the goal index when it
     * is the growth-plan page) is left as it was, while every other page is applied. While any page is
     * skipped, checklists that no applied page holds are left as they were too, since the skipped page
     * may hold them.
     */
    public RebuildResult rebuild(String spaceKey) {
        GrowthPlan plan = plans.getBySpaceKey(spaceKey);
        if (plan.status() == PlanStatus.CLOSED) {
            throw new ConflictException("status", "mentoring.error.plan.closed", plan.closure().closedOn().toString());
        }
        Space space = spaceManager.getSpace(spaceKey);
        if (space == null) {
            throw new NotFoundException("spaceKey", "mentoring.error.plan.unknown");
        }
        List<Page> pages = pageManager.getPages(space, true).stream().sorted(MeetingPages.BY_ID).toList();
        Set<Long> keptLinks = new HashSet<>();
        Set<String> checklistIds = new HashSet<>();
        List<Long> skipped = new ArrayList<>();
        int linked = 0;
        Page growthPlanPage = null;
        boolean goalsIndexed = false;
        for (Page page : pages) {
            boolean growthPlan = growthPlanPage == null && MeetingPages.isGrowthPlan(page);
            if (growthPlan) {
                growthPlanPage = page;
            }
            try {
                PageMacros macros = StorageReader.read(page.getBodyAsString());
                ChecklistService.validate(macros.checklists());
                MeetingPageContent content = MeetingPages.isMeeting(page) ? meetingContent(page) : null;
                if (content != null && relinked(plan, page)) {
                    keptLinks.add(page.getId());
                    linked++;
                    meetings.syncPage(page.getId(), content);
                }
                checklists.syncPage(plan.id(), macros.checklists());
                checklistIds.addAll(macros.checklists().keySet());
                if (growthPlan) {
                    indexGoals(plan, page, macros);
                    goalsIndexed = true;
                }
            } catch (StorageFormatException | MentoringException e) {
                LOG.warn("Mentoring index: page {} could not be read or applied ({}); the rebuild skips it and leaves what "
                        + "the index holds for it as it was", page.getId(), e.getMessage());
                skipped.add(page.getId());
                keptLinks.add(page.getId());
            }
        }
        int trashed = 0;
        int unlinked = 0;
        for (MeetingLink link : meetings.meetings(plan.id())) {
            if (keptLinks.contains(link.pageId())) {
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
        if (skipped.isEmpty()) {
            for (String checklistId : checklists.readAll(plan.id()).keySet()) {
                if (!checklistIds.contains(checklistId)) {
                    checklists.syncItems(plan.id(), checklistId, List.of());
                }
            }
        }
        int goalCount = goalsIndexed ? goals.currentGoals(plan.id()).size() : 0;
        return new RebuildResult(linked, trashed, unlinked, growthPlanPage == null ? 0 : growthPlanPage.getId(), goalCount,
                skipped);
    }

    /** Links a current meeting page again, restoring a trashed link; false when its title starts with no date. */
    private boolean relinked(GrowthPlan plan, Page page) {
        Optional<MeetingLink> link = linkMeeting(plan, page);
        if (link.isPresent() && link.get().trashed()) {
            meetings.restore(page.getId());
        }
        return link.isPresent();
    }

    private void index(GrowthPlan plan, Page page, boolean unlinkUnlabelled) throws StorageFormatException {
        PageMacros macros = StorageReader.read(page.getBodyAsString());
        ChecklistService.validate(macros.checklists());
        if (MeetingPages.isMeeting(page)) {
            MeetingPageContent content = meetingContent(page);
            if (linkMeeting(plan, page).isPresent()) {
                meetings.syncPage(page.getId(), content);
            }
        } else if (unlinkUnlabelled && meetings.findByPageId(page.getId()).isPresent()) {
            meetings.unlink(page.getId());
        }
        checklists.syncPage(plan.id(), macros.checklists());
        if (MeetingPages.isGrowthPlan(page)) {
            indexGoals(plan, page, macros);
        }
    }

    /**
     * What the index keeps of a meeting page's content (the feedback macros of both sides, the mentor's
     * suggestions), read and checked before anything of the page is written.
     */
    private MeetingPageContent meetingContent(Page page) throws StorageFormatException {
        String body = page.getBodyAsString();
        FeedbackMacros feedback = StorageReader.feedback(body);
        List<PageTask> tasks = StorageReader.tasks(body, key -> users.getUserByKey(new UserKey(key)) != null);
        Date version = page.getLastModificationDate() != null ? page.getLastModificationDate() : page.getCreationDate();
        Instant saved = version == null ? Instant.EPOCH : version.toInstant();
        MeetingPageContent content = new MeetingPageContent(StorageReader.meetingAimsWritten(body), saved, tasks,
                feedback.texts(), feedback.suggestions());
        MeetingService.validate(content);
        return content;
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

    /**
     * Replaces the plan's goal index with the page's goal macros (what it leaves out is logged), then
     * makes the plan's development activities those of the page's activity macros.
     */
    private void indexGoals(GrowthPlan plan, Page page, PageMacros macros) throws StorageFormatException {
        List<ActivityDefinition> written = StorageReader.activities(page.getBodyAsString());
        GoalDefinitions.Result result = GoalDefinitions.from(macros.goals());
        for (String problem : result.problems()) {
            LOG.info("Mentoring index: growth-plan page {}: {}", page.getId(), problem);
        }
        goals.replaceGoalIndex(plan.id(), result.definitions());
        activities.syncActivities(plan.id(), written);
    }

    private void inPlanOf(Page page, String what, PlanWork work) {
        inPlan(page.getSpaceKey(), page, what, work);
    }

    private void inPlan(String spaceKey, Page page, String what, PlanWork work) {
        try {
            Optional<GrowthPlan> plan = plans.findBySpaceKey(spaceKey);
            if (plan.isPresent() && plan.get().status() == PlanStatus.CLOSED) {
                LOG.debug("Mentoring index: page {} ({}) is in the closed mentorship {}; its figures are kept as they were "
                        + "and the page is indexed when the mentorship is reopened", page.getId(), what, spaceKey);
            } else if (plan.isPresent()) {
                work.apply(plan.get());
            }
        } catch (StorageFormatException e) {
            LOG.warn("Mentoring index: page {} ({}) is not well-formed storage format ({}); it is skipped and the index is "
                    + "left as it was", page.getId(), what, e.getMessage());
        } catch (MentoringException e) {
            LOG.warn("Mentoring index: page {} ({}) could not be indexed: {}; the index is left as it was", page.getId(), what,
                    e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Mentoring index: page {} ({}) could not be indexed; the index is left as it was", page.getId(), what, e);
        }
    }

    /** What a page event does to the page's plan. */
    @FunctionalInterface
    private interface PlanWork {
        void apply(GrowthPlan plan) throws StorageFormatException;
    }
}
