package io.mentoringspaces.upgrade;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ModelVersion;
import io.mentoringspaces.ao.ChecklistTickEntity;
import io.mentoringspaces.ao.GoalEntity;
import io.mentoringspaces.ao.MentorAgreementEntity;
import io.mentoringspaces.ao.ProgrammeEntity;
import io.mentoringspaces.ao.ProgressUpdateEntity;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingArrangement;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.model.MeetingState;
import io.mentoringspaces.testsupport.AppTables;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.TestActiveObjects;
import io.mentoringspaces.testsupport.UpgradeTasks;
import java.util.Date;
import java.util.List;
import java.util.Set;
import net.java.ao.DBParam;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

/**
 * Model version 2 on a database left by an installation of version 1 (its tables as they were then,
 * with rows) and on a fresh one. Schema changes are not transactional on every database, so these
 * tests run outside the runner's rollback and the runner rebuilds the database after each.
 */
@Data(UpgradeTask001CreateSchemaTest.NoTables.class)
public class UpgradeTask002MeetingStatesTest extends DatabaseTest {

    private static final Set<String> TABLES = Set.of("AO_2229CD_PROGRAMME", "AO_2229CD_GROWTH_PLAN", "AO_2229CD_GOAL",
            "AO_2229CD_MENTOR_AGREEMENT", "AO_2229CD_PROGRESS_UPDATE", "AO_2229CD_CHECKLIST_TICK", "AO_2229CD_MEETING_LINK",
            "AO_2229CD_MEETING_ITEM", "AO_2229CD_FEEDBACK", "AO_2229CD_ACTIVITY", "AO_2229CD_SENT_NOTICE",
            "AO_2229CD_NOTICE_PREFERENCE");

    private Set<String> appTables() throws Exception {
        return AppTables.of(entityManager);
    }

    /** The schema an installation of model version 1 created, and one plan of it. */
    @SuppressWarnings("unchecked")
    private int givenModelVersionOneWithAPlan(TestActiveObjects db) {
        db.migrate(ProgrammeEntity.class, ModelVersion1.GrowthPlan.class, GoalEntity.class, MentorAgreementEntity.class,
                ProgressUpdateEntity.class, ChecklistTickEntity.class, ModelVersion1.MeetingLink.class);
        return ModelVersion1.activePlan(db, TODAY.minusWeeks(8), CLOCK.instant(), "2026-03-02,2026-03-16,2026-03-23");
    }

    private static void givenLink(TestActiveObjects db, int planId, long pageId, String date, boolean trashed) {
        db.create(ModelVersion1.MeetingLink.class,
                new DBParam("PLAN_ID", planId),
                new DBParam("PAGE_ID", pageId),
                new DBParam("MEETING_DATE", date),
                new DBParam("TITLE", date + " Mentoring meeting"),
                new DBParam("TRASHED", trashed),
                new DBParam("UPDATED_AT", Date.from(CLOCK.instant())));
    }

    @Test
    public void shouldBeModelVersionTwo() {
        assertTrue(new UpgradeTask002MeetingStates(CLOCK).getModelVersion().isSame(ModelVersion.valueOf("2")));
    }

    @Test
    @NonTransactional
    public void shouldCreateEveryTableFromModelVersionZero() throws Exception {
        assertEquals(Set.of(), appTables());

        UpgradeTasks.upgrade(new TestActiveObjects(entityManager), 0, CLOCK);

        assertEquals(TABLES, appTables());
    }

    @Test
    @NonTransactional
    public void shouldMarkMeetingsDatedUpToTheDayOfTheUpgradeHeldAndLaterOnesPlanned() throws Exception {
        TestActiveObjects db = new TestActiveObjects(entityManager);
        int planId = givenModelVersionOneWithAPlan(db);
        givenLink(db, planId, 1L, "2026-03-02", false);
        givenLink(db, planId, 2L, "2026-03-16", false);
        givenLink(db, planId, 3L, "2026-03-23", false);

        UpgradeTasks.upgrade(db, 1, CLOCK);

        assertEquals(TABLES, appTables());
        List<MeetingLink> links = meetings.meetings(planId);
        assertEquals(List.of(MeetingState.HELD, MeetingState.HELD, MeetingState.PLANNED),
                links.stream().map(MeetingLink::state).toList());
        for (MeetingLink link : links) {
            assertNull(link.stateBy());
            assertEquals(link.meetingDate(), link.effectiveDate());
            assertNull(link.movedTo());
            assertEquals(0, link.noticeHours());
            assertNull(link.aimsSavedAt());
        }
        assertEquals(CLOCK.instant(), links.get(0).stateAt());
        assertEquals(CLOCK.instant(), links.get(1).stateAt());
        assertNull(links.get(2).stateAt());
    }

    @Test
    @NonTransactional
    public void shouldCountOnlyTheHeldMeetingsOfEveryPlanAfterTheUpgrade() throws Exception {
        TestActiveObjects db = new TestActiveObjects(entityManager);
        int planId = givenModelVersionOneWithAPlan(db);
        givenLink(db, planId, 1L, "2026-03-02", false);
        givenLink(db, planId, 2L, "2026-03-09", true);
        givenLink(db, planId, 3L, "2026-03-23", false);

        UpgradeTasks.upgrade(db, 1, CLOCK);

        GrowthPlan plan = plans.getBySpaceKey("OLD");
        assertEquals(List.of(TODAY.minusDays(14)), plan.heldDates());
        assertEquals(List.of(TODAY.minusDays(14), TODAY.plusDays(7)), plan.figures().meetingDates());
        assertEquals(1, plan.practice().held());
        assertEquals(0, plan.practice().cancelled());
        assertEquals(new MeetingArrangement(null, MeetingArrangement.DEFAULT_MINUTES, null), plan.arrangement());
    }
}
