package io.mentoringspaces.service;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.ao.MeetingLinkEntity;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.model.MeetingPageContent;
import io.mentoringspaces.model.MeetingState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Links meeting pages to growth plans and keeps what became of each meeting: planned until the pair
 * confirms it was held, cancels it or moves it. Linking and the index's updates are keyed by page id
 * and idempotent, because page events may arrive twice.
 */
public class MeetingService {

    /** Meetings listed for one plan at most (years of weekly meetings). */
    public static final int MAX_MEETINGS = 1000;

    private final ActiveObjects ao;
    private final Changes changes;
    private final Clock clock;
    private final PlanFiguresKeeper figures;
    private final MeetingPageRows pageRows;

    public MeetingService(ActiveObjects ao, Changes changes, Clock clock) {
        this.ao = ao;
        this.changes = changes;
        this.clock = clock;
        this.figures = new PlanFiguresKeeper(ao, clock.getZone());
        this.pageRows = new MeetingPageRows(ao);
    }

    /**
     * Links the page to the plan with its date and title, or updates its link (moving it when the
     * page moved to another plan's space). A new link is planned; a trashed link stays trashed; a
     * meeting moved to another date keeps that date. Linking a page exactly as it is linked writes
     * nothing.
     */
    public MeetingLink link(int planId, long pageId, LocalDate meetingDate, String title) {
        Validate.pageId("pageId", pageId);
        String date = Validate.date("meetingDate", meetingDate).toString();
        String text = Validate.required("title", title, Limits.MEETING_TITLE);
        return changes.run(() -> {
            MeetingLinkEntity link = findEntity(pageId);
            if (link != null && link.getPlanId() == planId && date.equals(link.getMeetingDate())
                    && text.equals(link.getTitle())) {
                // Linked as asked already: the plan is neither locked nor written.
                return Mapping.meeting(link);
            }
            GrowthPlanEntity plan = figures.lock(planId);
            Date now = Date.from(clock.instant());
            if (link == null) {
                link = ao.create(MeetingLinkEntity.class,
                        new DBParam("PLAN_ID", plan.getID()),
                        new DBParam("PAGE_ID", pageId),
                        new DBParam("MEETING_DATE", date),
                        new DBParam("TITLE", text),
                        new DBParam("TRASHED", false),
                        new DBParam("UPDATED_AT", now),
                        new DBParam("STATE", MeetingState.PLANNED.name()),
                        new DBParam("EFFECTIVE_DATE", date),
                        new DBParam("NOTICE_HOURS", 0));
                figures.meetingsChanged(plan);
                return Mapping.meeting(link);
            }
            int previousPlan = link.getPlanId();
            link.setPlanId(planId);
            link.setMeetingDate(date);
            link.setTitle(text);
            link.setEffectiveDate(link.getMovedTo() != null ? link.getMovedTo() : date);
            link.setUpdatedAt(now);
            link.save();
            figures.meetingsChanged(plan);
            if (previousPlan != planId) {
                figures.meetingsChanged(figures.lock(previousPlan));
            }
            return Mapping.meeting(link);
        });
    }

    /** Changes the title and date of a linked page; empty when the page is not linked. */
    public Optional<MeetingLink> rename(long pageId, LocalDate meetingDate, String title) {
        Validate.pageId("pageId", pageId);
        Validate.date("meetingDate", meetingDate);
        Validate.required("title", title, Limits.MEETING_TITLE);
        return findByPageId(pageId).map(link -> link(link.planId(), pageId, meetingDate, title));
    }

    /**
     * Records what became of the meeting of a linked page, as the plan's mentee or mentor ({@code userKey})
     * says: held (only once its day has come), cancelled (with the hours of notice before its start, at
     * the plan's agreed time of day or the start of the day), moved to {@code date}, or back to planned.
     * A planned or moved meeting may be held, cancelled or moved; a held or cancelled one only set back
     * to planned. {@code date} is the new date of a move and is ignored otherwise.
     */
    public MeetingLink setState(long pageId, MeetingState state, LocalDate date, String userKey) {
        Validate.pageId("pageId", pageId);
        MeetingState next = Validate.present("state", state);
        LocalDate movedTo = next == MeetingState.MOVED ? Validate.date("date", date) : null;
        String user = Validate.required("user", userKey, Limits.USER_KEY);
        return changes.run(() -> {
            MeetingLinkEntity link = findEntity(pageId);
            if (link == null || link.isTrashed()) {
                throw new NotFoundException("pageId", "mentoring.error.meeting.unknown");
            }
            GrowthPlanEntity plan = figures.lock(link.getPlanId());
            if (!user.equals(plan.getMenteeKey()) && !user.equals(plan.getMentorKey())) {
                throw new InvalidInputException("user", "mentoring.error.meeting.not.the.pair");
            }
            MeetingLink current = Mapping.meeting(link);
            if (!current.state().next().contains(next)) {
                throw new ConflictException("state", "mentoring.error.meeting.transition", current.state().parameter(),
                        current.state().next().stream().map(MeetingState::parameter).sorted().collect(Collectors.joining(", ")));
            }
            Instant now = clock.instant();
            int notice = 0;
            switch (next) {
                case HELD -> {
                    if (current.effectiveDate().isAfter(LocalDate.now(clock))) {
                        throw new InvalidInputException("state", "mentoring.error.meeting.not.yet", current.effectiveDate().toString());
                    }
                }
                case MOVED -> {
                    if (movedTo.equals(current.effectiveDate())) {
                        throw new InvalidInputException("date", "mentoring.error.meeting.same.date", new FieldName("date"));
                    }
                    link.setMovedTo(movedTo.toString());
                    link.setEffectiveDate(movedTo.toString());
                }
                case CANCELLED -> notice = hoursBefore(now,
                        Mapping.arrangement(plan).start(current.effectiveDate(), clock.getZone()).toInstant());
                case PLANNED -> {
                }
            }
            link.setState(next.name());
            link.setStateBy(user);
            link.setStateAt(Date.from(now));
            link.setNoticeHours(notice);
            link.setUpdatedAt(Date.from(now));
            link.save();
            figures.meetingsChanged(plan);
            return Mapping.meeting(link);
        });
    }

    /** Whole hours from {@code from} to {@code to}, negative when {@code to} is earlier, within an int. */
    private static int hoursBefore(Instant from, Instant to) {
        long hours = Duration.between(from, to).toHours();
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, hours));
    }

    /**
     * Records what a saved version of a linked meeting page holds: when it was first saved with the
     * session's aims, its action items, each side's feedback text and the mentor's suggestions. Writes
     * nothing when the stored rows say so already (four statements, however many meetings the plan
     * has); otherwise one transaction brings them in step and recomputes the plan's figures. Does
     * nothing for a page that is not linked.
     */
    public void syncPage(long pageId, MeetingPageContent content) {
        Validate.pageId("pageId", pageId);
        validate(content);
        MeetingLinkEntity link = findEntity(pageId);
        if (link == null || !needsAims(link, content)
                && pageRows.changes(pageRows.read(pageId), link.getPlanId(), pageId, content).isEmpty()) {
            return;
        }
        changes.run(() -> {
            MeetingLinkEntity current = findEntity(pageId);
            if (current == null) {
                return null;
            }
            GrowthPlanEntity plan = figures.lock(current.getPlanId());
            if (needsAims(current, content)) {
                current.setAimsSavedAt(Date.from(content.savedAt()));
                current.save();
            }
            pageRows.changes(pageRows.read(pageId), plan.getID(), pageId, content).forEach(Runnable::run);
            figures.meetingsChanged(plan);
            return null;
        });
    }

    /**
     * Refuses what a meeting page holds when the index cannot keep it (too many tasks or suggestions),
     * so that the index can check a page before it writes anything of it.
     */
    public static void validate(MeetingPageContent content) {
        Validate.present("content", content);
        if (content.tasks().size() > Limits.TASKS_PER_PAGE) {
            throw new InvalidInputException("items", "mentoring.error.too.many.tasks", Limits.TASKS_PER_PAGE);
        }
        if (content.suggestions().size() > Limits.ITEMS_PER_LIST) {
            throw new InvalidInputException("items", "mentoring.error.too.many.suggestions", Limits.ITEMS_PER_LIST);
        }
    }

    /** Whether this version is the first the index sees with the aims written. */
    private static boolean needsAims(MeetingLinkEntity link, MeetingPageContent content) {
        return content.aimsWritten() && link.getAimsSavedAt() == null;
    }

    /** Leaves the page's meeting out of every figure while it is in the trash. */
    public Optional<MeetingLink> trash(long pageId) {
        return setTrashed(pageId, true);
    }

    /** Counts the page's meeting again after it left the trash. */
    public Optional<MeetingLink> restore(long pageId) {
        return setTrashed(pageId, false);
    }

    /** Removes the link of a purged page, and what the index kept of the page; false when there was none. */
    public boolean unlink(long pageId) {
        Validate.pageId("pageId", pageId);
        return changes.run(() -> {
            MeetingLinkEntity link = findEntity(pageId);
            if (link == null) {
                return false;
            }
            GrowthPlanEntity plan = figures.lock(link.getPlanId());
            ao.delete(link);
            MeetingPageRows.Stored rows = pageRows.read(pageId);
            ao.delete(rows.items());
            ao.delete(rows.feedback());
            figures.meetingsChanged(plan);
            return true;
        });
    }

    public Optional<MeetingLink> findByPageId(long pageId) {
        return Optional.ofNullable(findEntity(pageId)).map(Mapping::meeting);
    }

    /** The plan's meetings by page date, oldest first, trashed ones included (one statement). */
    public List<MeetingLink> meetings(int planId) {
        return Arrays.stream(ao.find(MeetingLinkEntity.class, Query.select()
                        .where("PLAN_ID = ?", planId)
                        .order("MEETING_DATE ASC, ID ASC")
                        .limit(MAX_MEETINGS)))
                .map(Mapping::meeting)
                .toList();
    }

    private Optional<MeetingLink> setTrashed(long pageId, boolean trashed) {
        Validate.pageId("pageId", pageId);
        return changes.run(() -> {
            MeetingLinkEntity link = findEntity(pageId);
            if (link == null) {
                return Optional.empty();
            }
            if (link.isTrashed() != trashed) {
                GrowthPlanEntity plan = figures.lock(link.getPlanId());
                link.setTrashed(trashed);
                link.setUpdatedAt(Date.from(clock.instant()));
                link.save();
                figures.meetingsChanged(plan);
            }
            return Optional.of(Mapping.meeting(link));
        });
    }

    private MeetingLinkEntity findEntity(long pageId) {
        MeetingLinkEntity[] found = ao.find(MeetingLinkEntity.class, Query.select().where("PAGE_ID = ?", pageId));
        return found.length == 0 ? null : found[0];
    }
}
