package io.mentoringspaces.coordinator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.confluence.WebServer;
import io.mentoringspaces.model.ActivityDefinition;
import io.mentoringspaces.model.ActivityKind;
import io.mentoringspaces.model.ActivityStatus;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.CoordinatorAccess;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingPageContent;
import io.mentoringspaces.model.NewPlan;
import io.mentoringspaces.model.PageTask;
import io.mentoringspaces.model.PracticeFigures;
import io.mentoringspaces.model.ProgrammeInput;
import io.mentoringspaces.service.ActivityService;
import io.mentoringspaces.service.Changes;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.ProgrammePeople;
import io.mentoringspaces.testsupport.ProgrammeRows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * What the pair writes between meetings never reaches a coordinator: with action items (task text) and
 * development activities (titles) that say SECRET, counted on the plan row, no coordinator page, report
 * macro, CSV or REST answer holds the word, whatever the programme's coordinator access.
 */
public class MeetingWorkConfidentialityTest extends DatabaseTest {

    private static final String SECRET = "SECRET";

    private ConfluenceDouble confluence;
    private CoordinatorOutputs outputs;
    private final List<GrowthPlan> pairs = new ArrayList<>();

    @Before
    public void givenPairsWithSecretTasksAndActivities() {
        confluence = new ConfluenceDouble(CLOCK, () -> ConfluenceDouble.BASE_URL + WebServer.CONTEXT_PATH);
        confluence.startApp(ao);
        ProgrammePeople.givenConfluence(confluence);
        programmes.create(new ProgrammeInput("grad", "Graduates", null, "coordinators-grad", Cadence.WEEKLY,
                CoordinatorAccess.METRICS_ONLY));
        programmes.create(new ProgrammeInput("other", "Others", null, "coordinators-other", Cadence.MONTHLY, CoordinatorAccess.VIEW));
        ActivityService activities = new ActivityService(ao, new Changes(ao), CLOCK);
        for (String programme : List.of("grad", "other")) {
            String space = programme.toUpperCase();
            GrowthPlan plan = plans.create(new NewPlan(space, programme, "key-nina", "Nina Mentee", "key-olga", "Olga Mentor",
                    TODAY.minusWeeks(6), Cadence.WEEKLY));
            long page = plan.id() * 10L;
            meetings.link(plan.id(), page, TODAY.minusDays(3), TODAY.minusDays(3) + " Mentoring meeting");
            meetings.syncPage(page, new MeetingPageContent(false, Instant.parse("2026-03-13T09:00:00Z"), List.of(
                    new PageTask("1", true, "SECRET task done", "key-nina", TODAY), new PageTask("2", false, "SECRET task open",
                            null, null)), Map.of(), List.of()));
            activities.syncActivities(plan.id(), List.of(new ActivityDefinition(ChecklistEntry.written("SECRET course"),
                    "SECRET course", ActivityKind.COURSE, "g1")));
            activities.setStatus(plan.id(), activities.activities(plan.id()).get(0).key(), ActivityStatus.DONE, "key-nina");
            confluence.space(space, "Space " + space);
            confluence.page(page, space, null, "Meeting", "<p>Meeting</p>");
            confluence.viewer(space, "carol");
            confluence.viewer(space, "olga");
            pairs.add(plans.getBySpaceKey(space));
        }
        outputs = new CoordinatorOutputs(confluence, "carol", "olga", "admin", "nina");
    }

    @After
    public void stop() {
        outputs.close();
        confluence.close();
        ProgrammeRows.deleteAllRows(ao);
    }

    @Test
    @NonTransactional
    public void shouldCountTheTasksAndActivitiesButShowNoneOfTheirWordsToCoordinators() throws Exception {
        for (GrowthPlan plan : pairs) {
            PracticeFigures practice = plan.practice();
            assertEquals(List.of(2, 1, 1, 1, 1), List.of(practice.itemsTotal(), practice.itemsDone(), practice.itemsOnTime(),
                    practice.activities(), practice.activitiesDone()));
        }
        List<String> texts = new ArrayList<>();
        for (String[] who : new String[][] {{"carol", "grad"}, {"olga", "other"}, {"admin", "grad"}}) {
            texts.add(outputs.servlet(who[0], "/mentoring/coordinator", Map.of()));
            texts.add(outputs.servlet(who[0], "/mentoring/coordinator/" + who[1], Map.of()));
            texts.add(outputs.macro(who[0], who[1]));
            texts.add(outputs.csv(who[0], who[1], null, null));
            texts.add(outputs.json(who[0], "/programmes/" + who[1] + "/summary").toString());
            texts.add(outputs.json(who[0], "/programmes/" + who[1] + "/pairs").toString());
        }
        assertEquals(18, texts.size());
        for (String text : texts) {
            assertFalse(text, text.contains(SECRET));
        }
    }
}
