package io.mentoringspaces.service;

import io.mentoringspaces.ao.ChecklistTickEntity;
import io.mentoringspaces.ao.GoalEntity;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.ao.MeetingLinkEntity;
import io.mentoringspaces.ao.MentorAgreementEntity;
import io.mentoringspaces.ao.ProgrammeEntity;
import io.mentoringspaces.ao.ProgressUpdateEntity;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.ChecklistItemState;
import io.mentoringspaces.model.CoordinatorAccess;
import io.mentoringspaces.model.Goal;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.model.MentorAgreement;
import io.mentoringspaces.model.PlanFigures;
import io.mentoringspaces.model.PlanStatus;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.model.ProgressUpdate;
import java.time.Instant;
import java.time.LocalDate;
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
        return new GrowthPlan(e.getID(), e.getSpaceKey(), e.getProgrammeId(), e.getMenteeKey(), e.getMenteeName(),
                e.getMentorKey(), e.getMentorName(), date(e.getStartDate()), Cadence.valueOf(e.getCadence()),
                PlanStatus.valueOf(e.getStatus()), instant(e.getCreatedAt()), figures, e.getMeetingsPageId());
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
                e.isTrashed(), instant(e.getUpdatedAt()));
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
        // A programme report reads every date of every pair: read the fixed yyyy-MM-dd form directly.
        for (int at = 0; at + ISO_DATE_LENGTH <= joined.length(); at += ISO_DATE_LENGTH + 1) {
            dates.add(LocalDate.of(Integer.parseInt(joined, at, at + 4, 10), Integer.parseInt(joined, at + 5, at + 7, 10),
                    Integer.parseInt(joined, at + 8, at + 10, 10)));
        }
        return dates;
    }
}
