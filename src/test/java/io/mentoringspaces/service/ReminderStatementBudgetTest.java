package io.mentoringspaces.service;

import static org.junit.Assert.assertEquals;

import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingPageContent;
import io.mentoringspaces.model.NewPlan;
import io.mentoringspaces.model.NoticeKind;
import io.mentoringspaces.model.NoticePreference;
import io.mentoringspaces.model.PageTask;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.PlanRows;
import io.mentoringspaces.testsupport.StatementCounter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * The daily job reads what is due in five statements, for one plan or a thousand (counted by the
 * counting JDBC proxy on the real database): plans, programmes, upcoming meetings, items due tomorrow,
 * and every stopped preference, however many users stopped mails.
 */
public class ReminderStatementBudgetTest extends DatabaseTest {

    private static final int BUDGET = 5;

    private void givenPlans(int count) {
        givenProgramme("grad");
        for (int i = 0; i < count; i++) {
            GrowthPlan plan = PlanRows.activeSinceStart(ao, plans, plans.create(new NewPlan("S" + i, "grad", "mentee-" + i,
                    "Mentee", "mentor-" + i, "Mentor", TODAY.minusWeeks(4), Cadence.WEEKLY)));
            long page = 10_000 + i;
            meetings.link(plan.id(), page, TODAY.plusDays(1), "Next " + i);
            meetings.syncPage(page, new MeetingPageContent(true, Instant.parse("2026-03-15T10:00:00Z"),
                    List.of(new PageTask("1", false, "Item", plan.mentorKey(), TODAY.plusDays(1))), Map.of(), List.of()));
        }
    }

    private int statements(int expectedNotices) {
        ReminderService reminders = new ReminderService(ao, new Changes(ao), CLOCK);
        try (StatementCounter.Recording recording = StatementCounter.record()) {
            ReminderService.Due due = reminders.due(TODAY);
            assertEquals(expectedNotices, due.pairNotices().size());
            assertEquals(1, due.digests().size());
            return recording.count();
        }
    }

    @Test
    public void shouldReadWhatIsDueForOnePlanInFiveStatements() {
        givenPlans(1);
        assertEquals(BUDGET, statements(2));
    }

    @Test
    public void shouldReadWhatIsDueForAThousandPlansInFiveStatements() {
        givenPlans(1000);
        assertEquals(BUDGET, statements(2000));
    }

    @Test
    public void shouldReadWhatIsDueForAThousandPlansInFiveStatementsWhenHalfTheMentorsStoppedTheirItems() {
        givenPlans(1000);
        NoticePreferenceService preferences = new NoticePreferenceService(ao, new Changes(ao));
        for (int i = 0; i < 1000; i += 2) {
            preferences.change("mentor-" + i, List.of(new NoticePreference(NoticeKind.ACTION_ITEM_DUE, false)));
        }
        assertEquals(BUDGET, statements(1500));
    }
}
