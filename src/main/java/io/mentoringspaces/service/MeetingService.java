package io.mentoringspaces.service;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.ao.MeetingLinkEntity;
import io.mentoringspaces.model.MeetingLink;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Links meeting pages to growth plans. Every operation is keyed by page id and idempotent, because
 * page events may arrive twice.
 */
public class MeetingService {

    /** Meetings listed for one plan at most (years of weekly meetings). */
    public static final int MAX_MEETINGS = 1000;

    private final ActiveObjects ao;
    private final Changes changes;
    private final Clock clock;
    private final PlanFiguresKeeper figures;

    public MeetingService(ActiveObjects ao, Changes changes, Clock clock) {
        this.ao = ao;
        this.changes = changes;
        this.clock = clock;
        this.figures = new PlanFiguresKeeper(ao);
    }

    /**
     * Links the page to the plan with its date and title, or updates its link (moving it when the
     * page moved to another plan's space). A trashed link stays trashed. Linking a page exactly as it
     * is linked writes nothing.
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
            if (link == null) {
                link = ao.create(MeetingLinkEntity.class,
                        new DBParam("PLAN_ID", plan.getID()),
                        new DBParam("PAGE_ID", pageId),
                        new DBParam("MEETING_DATE", date),
                        new DBParam("TITLE", text),
                        new DBParam("TRASHED", false),
                        new DBParam("UPDATED_AT", Date.from(clock.instant())));
                figures.meetingsChanged(plan);
                return Mapping.meeting(link);
            }
            int previousPlan = link.getPlanId();
            boolean changed = previousPlan != planId || !date.equals(link.getMeetingDate()) || !text.equals(link.getTitle());
            if (changed) {
                link.setPlanId(planId);
                link.setMeetingDate(date);
                link.setTitle(text);
                link.setUpdatedAt(Date.from(clock.instant()));
                link.save();
                figures.meetingsChanged(plan);
                if (previousPlan != planId) {
                    figures.meetingsChanged(figures.lock(previousPlan));
                }
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

    /** Leaves the page's meeting out of every figure while it is in the trash. */
    public Optional<MeetingLink> trash(long pageId) {
        return setTrashed(pageId, true);
    }

    /** Counts the page's meeting again after it left the trash. */
    public Optional<MeetingLink> restore(long pageId) {
        return setTrashed(pageId, false);
    }

    /** Removes the link of a purged page; false when there was none. */
    public boolean unlink(long pageId) {
        Validate.pageId("pageId", pageId);
        return changes.run(() -> {
            MeetingLinkEntity link = findEntity(pageId);
            if (link == null) {
                return false;
            }
            GrowthPlanEntity plan = figures.lock(link.getPlanId());
            ao.delete(link);
            figures.meetingsChanged(plan);
            return true;
        });
    }

    public Optional<MeetingLink> findByPageId(long pageId) {
        return Optional.ofNullable(findEntity(pageId)).map(Mapping::meeting);
    }

    /** The plan's meetings by date, oldest first, trashed ones included (one statement). */
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
