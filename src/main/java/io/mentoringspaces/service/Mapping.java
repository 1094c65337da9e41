package io.mentoringspaces.service;

import io.mentoringspaces.ao.ActivityEntity;
import io.mentoringspaces.ao.ChecklistTickEntity;
import io.mentoringspaces.ao.GoalEntity;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.ao.MeetingItemEntity;
import io.mentoringspaces.ao.MeetingLinkEntity;
import io.mentoringspaces.ao.MentorAgreementEntity;
import io.mentoringspaces.ao.ProgrammeEntity;
import io.mentoringspaces.ao.ProgressUpdateEntity;
import io.mentoringspaces.model.ActionItem;
import io.mentoringspaces.model.Activity;
import io.mentoringspaces.model.ActivityKind;
import io.mentoringspaces.model.ActivityStatus;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.ChecklistItemState;
import io.mentoringspaces.model.Closure;
import io.mentoringspaces.model.CoordinatorAccess;
import io.mentoringspaces.model.Goal;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.Invitation;
import io.mentoringspaces.model.MeetingArrangement;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.model.MeetingState;
import io.mentoringspaces.model.MentorAgreement;
import io.mentoringspaces.model.PlanFigures;
import io.mentoringspaces.model.PlanStatus;
import io.mentoringspaces.model.PracticeFigures;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.model.ProgressUpdate;
import io.mentoringspaces.model.Pulse;
import io.mentoringspaces.model.Suggestion;
import io.mentoringspaces.model.SuggestionMark;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Turns AO rows into the immutable model; entities never leave the service package. */
final class Mapping {

    private static final int ISO_DATE_LENGTH = 10;

    private Mapping() {
    }

    static Programme programme(ProgrammeEntity e) {
        return new Programme(e.getID(), e.getProgrammeKey(), e.getName(), e.getDescription(), e.getCoordinatorGroup(),
                Cadence.valueOf(e.getDefaultCadence()), CoordinatorAccess.valueOf(e.getCoordinatorAccess()),
                e.isArchived(), instant(e.getCreatedAt()));
    }

    static GrowthPlan plan(GrowthPlanEntity e) {
        PlanFigures figures = new PlanFigures(e.getGoalsTotal(), e.getGoalsAchieved(), e.getProgressSum(),
                e.getChecklistItems(), e.getChecklistDone(), dates(e.getMeetingDates()));
        List<LocalDate> held = dates(e.getHeldDates());
        return new GrowthPlan(e.getID(), e.getSpaceKey(), e.getProgrammeId(), e.getMenteeKey(), e.getMenteeName(),
                e.getMentorKey(), e.getMentorName(), date(e.getStartDate()), Cadence.valueOf(e.getCadence()),
                PlanStatus.valueOf(e.getStatus()), instant(e.getCreatedAt()), arrangement(e), figures, held,
                practice(e, held.size()), e.getMeetingsPageId(), new Invitation(instant(e.getInvitedAt()),
                        date(e.getAcceptedOn()), instant(e.getDeclinedAt()), e.getDeclineReason()), closure(e),
                e.getSeriesSequence());
    }

    /** How the plan was closed; null unless it is closed. */
    static Closure closure(GrowthPlanEntity e) {
        return PlanStatus.CLOSED.name().equals(e.getStatus())
                ? new Closure(date(e.getClosedOn()), e.getClosedBy(), e.getClosingPageId()) : null;
    }

    static MeetingArrangement arrangement(GrowthPlanEntity e) {
        return new MeetingArrangement(e.getMeetingTime() == null ? null : LocalTime.parse(e.getMeetingTime()),
                e.getMeetingMinutes(), e.getMeetingPlace());
    }

    /** The practice figures kept on a plan row; {@code held} is the number of its held dates. */
    static PracticeFigures practice(GrowthPlanEntity e, int held) {
        return new PracticeFigures(held, e.getHeldPrepared(), e.getCancelled(), e.getCancelledLate(), e.getItemsTotal(),
                e.getItemsDone(), e.getItemsOnTime(), e.getFeedbackMentee(), e.getFeedbackMentor(), e.getPulseMenteeSum(),
                e.getPulseMenteeCount(), e.getPulseMentorSum(), e.getPulseMentorCount(), e.getSuggestions(),
                e.getSuggestionsApplied(), e.getActivities(), e.getActivitiesDone());
    }

    static Goal goal(GoalEntity e) {
        return new Goal(e.getID(), e.getPlanId(), e.getGoalKey(), e.getTitle(), e.getTarget(), date(e.getDueDate()),
                GoalStatus.valueOf(e.getStatus()), e.getProgressPercent(), e.getPagePosition(), e.isArchived(),
                instant(e.getUpdatedAt()));
    }

    static ProgressUpdate progressUpdate(ProgressUpdateEntity e) {
        return new ProgressUpdate(e.getID(), e.getGoalId(), e.getProgressPercent(), GoalStatus.valueOf(e.getStatus()),
                e.getNote(), e.getAuthorKey(), instant(e.getCreatedAt()), e.getMeetingPageId());
    }

    static MentorAgreement agreement(MentorAgreementEntity e) {
        return new MentorAgreement(e.getID(), e.getGoalId(), e.getMentorKey(), instant(e.getAgreedAt()),
                e.getTargetText());
    }

    /** The latest agreement as repeated on the goal row; null before the mentor agreed. */
    static MentorAgreement latestAgreement(GoalEntity e) {
        if (e.getAgreementId() == 0) {
            return null;
        }
        return new MentorAgreement(e.getAgreementId(), e.getID(), e.getAgreedBy(), instant(e.getAgreedAt()),
                e.getAgreedTarget());
    }

    static ChecklistItemState checklistItem(ChecklistTickEntity e) {
        return new ChecklistItemState(e.getItemKey(), e.isDone(), e.getChangedBy(), instant(e.getChangedAt()),
                e.isRemoved(), e.getFingerprint(), e.getPosition());
    }

    static MeetingLink meeting(MeetingLinkEntity e) {
        return new MeetingLink(e.getID(), e.getPlanId(), e.getPageId(), date(e.getMeetingDate()), e.getTitle(),
                e.isTrashed(), instant(e.getUpdatedAt()), MeetingState.valueOf(e.getState()), e.getStateBy(),
                instant(e.getStateAt()), date(e.getMovedTo()), e.getNoticeHours(), instant(e.getAimsSavedAt()),
                new Pulse(e.getMenteePulse(), e.getMenteePulseBy(), instant(e.getMenteePulseAt())),
                new Pulse(e.getMentorPulse(), e.getMentorPulseBy(), instant(e.getMentorPulseAt())));
    }

    static ActionItem actionItem(MeetingItemEntity e) {
        return new ActionItem(e.getPageId(), e.getItemKey(), e.getText(), e.getAssigneeKey(), date(e.getDueDate()), e.isDone(),
                instant(e.getCompletedAt()), e.getPosition());
    }

    static Suggestion suggestion(MeetingItemEntity e) {
        return new Suggestion(e.getPageId(), e.getItemKey(), e.getText(), e.getPosition(), e.isRemoved(),
                SuggestionMark.valueOf(e.getMark()), e.getMarkedBy(), instant(e.getMarkedAt()));
    }

    static Activity activity(ActivityEntity e) {
        return new Activity(e.getActivityKey(), e.getTitle(), ActivityKind.valueOf(e.getKind()), e.getGoalKey(),
                e.getPosition(), ActivityStatus.valueOf(e.getStatus()), e.getChangedBy(), instant(e.getChangedAt()));
    }

    /** A stored row keyed as checklist items are, as {@link io.mentoringspaces.model.ChecklistKeys} takes it. */
    static ChecklistItemState keyed(String key, boolean removed, String fingerprint, int position) {
        return new ChecklistItemState(key, false, null, null, removed, fingerprint, position);
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** Parses the comma-separated ISO dates kept on a plan row. */
    static List<LocalDate> dates(String joined) {
        List<LocalDate> dates = new ArrayList<>();
        if (joined == null) {
            return dates;
        }
        for (int at = 0; at + ISO_DATE_LENGTH <= joined.length(); at += ISO_DATE_LENGTH + 1) {
            dates.add(isoDate(joined, at));
        }
        return dates;
    }

    /**
     * Parses an ISO date kept on a row ({@code yyyy-MM-dd}), or null for null, reading the fixed form
     * directly: a programme report reads several of every pair.
     */
    static LocalDate isoDate(String iso) {
        return iso == null ? null : isoDate(iso, 0);
    }

    private static LocalDate isoDate(String text, int at) {
        if (text.length() < at + ISO_DATE_LENGTH || text.charAt(at + 4) != '-' || text.charAt(at + 7) != '-') {
            throw new DateTimeException("Not an ISO date at " + at + ": " + text);
        }
        return LocalDate.of(digits(text, at, 4), digits(text, at + 5, 2), digits(text, at + 8, 2));
    }

    private static int digits(String text, int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                throw new DateTimeException("Not an ISO date at " + at + ": " + text);
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
