package io.mentoringspaces.testsupport;

import io.mentoringspaces.ao.ChecklistTickEntity;
import io.mentoringspaces.ao.GoalEntity;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.ao.MeetingLinkEntity;
import io.mentoringspaces.ao.MentorAgreementEntity;
import io.mentoringspaces.ao.ProgrammeEntity;
import io.mentoringspaces.ao.ProgressUpdateEntity;

/**
 * Removes every row of the app's tables: what a {@code @NonTransactional} test (one whose data other
 * threads, such as a web server's, must see) committed.
 */
public final class CommittedRows {

    private CommittedRows() {
    }

    public static void deleteAll(TestActiveObjects ao) {
        ao.deleteWithSQL(ProgressUpdateEntity.class, "ID > ?", 0);
        ao.deleteWithSQL(MentorAgreementEntity.class, "ID > ?", 0);
        ao.deleteWithSQL(ChecklistTickEntity.class, "ID > ?", 0);
        ao.deleteWithSQL(MeetingLinkEntity.class, "ID > ?", 0);
        ao.deleteWithSQL(GoalEntity.class, "ID > ?", 0);
        ao.deleteWithSQL(GrowthPlanEntity.class, "ID > ?", 0);
        ao.deleteWithSQL(ProgrammeEntity.class, "ID > ?", 0);
    }
}
