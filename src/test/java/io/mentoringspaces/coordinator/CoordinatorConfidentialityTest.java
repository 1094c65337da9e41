package io.mentoringspaces.coordinator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.confluence.WebServer;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.CoordinatorAccess;
import io.mentoringspaces.model.FeedbackSide;
import io.mentoringspaces.model.GoalDefinition;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.NewPlan;
import io.mentoringspaces.model.ProgrammeInput;
import io.mentoringspaces.rest.PairsCsv;
import io.mentoringspaces.service.Changes;
import io.mentoringspaces.service.FeedbackService;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.PlanRows;
import io.mentoringspaces.testsupport.ProgrammePeople;
import io.mentoringspaces.testsupport.ProgrammeRows;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * What coordinators see is pinned field by field: every coordinator output (the servlets' view
 * models, the macro's, the REST JSON and the CSV columns) may hold exactly the fields listed here,
 * and none of them holds anything a pair wrote (page bodies, meeting titles, notes, goal text, the closing
 * review of a closed pair), whether the programme grants coordinators metrics only or view access. The app runs in the test
 * Confluence, its servlets and REST API over HTTP, so the tests commit their data and empty the tables
 * afterwards.
 */
public class CoordinatorConfidentialityTest extends DatabaseTest {

    private static final String SECRET = "SECRET";

    private ConfluenceDouble confluence;
    private CoordinatorOutputs outputs;
    private FeedbackService feedback;

    @Before
    public void givenPairsWithSecrets() {
        confluence = new ConfluenceDouble(CLOCK, () -> ConfluenceDouble.BASE_URL + WebServer.CONTEXT_PATH);
        confluence.startApp(ao);
        feedback = new FeedbackService(ao, new Changes(ao), CLOCK);
        ProgrammePeople.givenConfluence(confluence);
        programmes.create(new ProgrammeInput("grad", "Graduates", "For the 2026 intake", "coordinators-grad", Cadence.WEEKLY,
                CoordinatorAccess.METRICS_ONLY));
        programmes.create(new ProgrammeInput("other", "Others", "For new leaders", "coordinators-other", Cadence.MONTHLY,
                CoordinatorAccess.VIEW));
        for (String programme : List.of("grad", "other")) {
            String space = programme.toUpperCase();
            GrowthPlan plan = plans.create(new NewPlan(space, programme, "key-nina", "Nina Mentee", "key-olga", "Olga Mentor",
                    TODAY.minusWeeks(6), Cadence.WEEKLY));
            plans.decline(plan.id(), "SECRET reason for declining");
            givenHeldMeeting(plan, plan.id() * 10L, TODAY.minusDays(3), TODAY.minusDays(3) + " SECRET meeting title");
            feedback.setPulse(plan.id() * 10L, FeedbackSide.MENTEE, 4, "key-nina");
            feedback.setPulse(plan.id() * 10L, FeedbackSide.MENTOR, 5, "key-olga");
            goals.replaceGoalIndex(plan.id(), List.of(new GoalDefinition("g1", "SECRET goal title", "SECRET target",
                    LocalDate.of(2026, 6, 1), GoalStatus.IN_PROGRESS)));
            goals.recordProgress(plan.id(), "g1", 40, GoalStatus.IN_PROGRESS, "SECRET progress note", "key-olga", plan.id() * 10L);
            goals.recordAgreement(plan.id(), "g1", "key-olga");
            List<ChecklistEntry> items = List.of(ChecklistEntry.fixed("plan"), ChecklistEntry.fixed("meet"));
            checklists.syncItems(plan.id(), "mentee", items);
            checklists.tick(plan.id(), "mentee", items, "plan", true, "key-nina");
            confluence.space(space, "Space " + space);
            confluence.page(plan.id() * 10L, space, null, "SECRET page title", "<p>SECRET page body</p>");
            confluence.viewer(space, "carol");
            confluence.viewer(space, "olga");
            givenClosedPair(programme, space + "X");
        }
        outputs = new CoordinatorOutputs(confluence, "carol", "olga", "admin", "nina");
    }

    /** A pair that held a meeting, achieved its goal and closed the mentorship from its closing review page. */
    private void givenClosedPair(String programme, String space) {
        GrowthPlan plan = PlanRows.activeSinceStart(ao, plans, plans.create(new NewPlan(space, programme, "key-nina", "Nina Mentee",
                "key-olga", "Olga Mentor", TODAY.minusWeeks(6), Cadence.WEEKLY)));
        givenHeldMeeting(plan, plan.id() * 10L, TODAY.minusDays(7), TODAY.minusDays(7) + " SECRET last meeting title");
        goals.replaceGoalIndex(plan.id(), List.of(new GoalDefinition("g1", "SECRET achieved goal", "SECRET target", null,
                GoalStatus.ACHIEVED)));
        confluence.space(space, "Space " + space);
        confluence.page(plan.id() * 10L + 1, space, null, "SECRET closing review title",
                "<p>SECRET closing review body: what we learnt</p>");
        confluence.viewer(space, "carol");
        confluence.viewer(space, "olga");
        plans.close(plan.id(), "key-nina", plan.id() * 10L + 1);
    }

    @After
    public void stop() {
        outputs.close();
        confluence.close();
        ProgrammeRows.deleteAllRows(ao);
    }

    /** Every output, for the coordinator of each programme and for an administrator; returns the texts. */
    private List<String> everyOutput() throws Exception {
        List<String> texts = new java.util.ArrayList<>();
        for (String[] who : new String[][] {{"carol", "grad"}, {"olga", "other"}, {"admin", "grad"}}) {
            String user = who[0];
            String key = who[1];
            texts.add(outputs.servlet(user, "/mentoring/coordinator", Map.of()));
            texts.add(outputs.servlet(user, "/mentoring/coordinator/" + key, Map.of()));
            texts.add(outputs.servlet(user, "/mentoring/programmes", Map.of()));
            texts.add(outputs.macro(user, key));
            texts.add(outputs.csv(user, key, null, null));
            texts.add(outputs.json(user, "/programmes").toString());
            texts.add(outputs.json(user, "/programmes/" + key).toString());
            texts.add(outputs.json(user, "/programmes/" + key + "/summary").toString());
            texts.add(outputs.json(user, "/programmes/" + key + "/pairs").toString());
        }
        return texts;
    }

    /** Every key path of every view model: data fields, then labels, links and form options. */
    private static final Set<String> VIEW_MODEL_FIELDS = new TreeSet<>(List.of(
            "pairs-table.vm:pairs", "pairs-table.vm:pairs[].spaceKey", "pairs-table.vm:pairs[].spaceName",
            "pairs-table.vm:pairs[].spaceUrl", "pairs-table.vm:pairs[].menteeName", "pairs-table.vm:pairs[].mentorName",
            "pairs-table.vm:pairs[].startDate", "pairs-table.vm:pairs[].cadence", "pairs-table.vm:pairs[].goals",
            "pairs-table.vm:pairs[].averageProgress", "pairs-table.vm:pairs[].checklistPercent",
            "pairs-table.vm:pairs[].meetings", "pairs-table.vm:pairs[].lastMeeting", "pairs-table.vm:pairs[].adherence",
            "pairs-table.vm:pairs[].status", "pairs-table.vm:pairs[].statusLozenge", "pairs-table.vm:pairs[].closedOn",
            "summary.vm:figures", "summary.vm:figures[].label", "summary.vm:figures[].value",
            "overview.vm:programmes", "overview.vm:programmes[].name", "overview.vm:programmes[].url",
            "overview.vm:programmes[].archived", "overview.vm:programmes[].summary",
            "overview.vm:programmes[].summary.pairs", "overview.vm:programmes[].summary.active",
            "overview.vm:programmes[].summary.onTrack", "overview.vm:programmes[].summary.atRisk",
            "overview.vm:programmes[].summary.stalled", "overview.vm:programmes[].summary.closed",
            "overview.vm:programmes[].summary.closedGoalCompletion", "overview.vm:programmes[].summary.goalCompletion",
            "overview.vm:programmes[].summary.meetingsLast30Days", "overview.vm:programmes[].summary.checklistCompletion",
            "programmes.vm:programmes", "programmes.vm:programmes[].key", "programmes.vm:programmes[].name",
            "programmes.vm:programmes[].description", "programmes.vm:programmes[].coordinatorGroup",
            "programmes.vm:programmes[].archived", "programmes.vm:programmes[].url", "programmes.vm:programmes[].reportUrl",
            "programmes.vm:programmes[].cadences", "programmes.vm:programmes[].cadences[].label",
            "programmes.vm:programmes[].cadences[].selected", "programmes.vm:programmes[].cadences[].value",
            "programmes.vm:programmes[].accesses", "programmes.vm:programmes[].accesses[].label",
            "programmes.vm:programmes[].accesses[].selected", "programmes.vm:programmes[].accesses[].value",
            "programme.vm:title", "programme.vm:archived", "programme.vm:summaryHtml", "programme.vm:tableHtml",
            "programme.vm:chartsHtml", "programme-report.vm:chartsHtml",
            "programme-report.vm:title", "programme-report.vm:summaryHtml", "programme-report.vm:tableHtml",
            "programme-report.vm:shown", "programme-report.vm:messageType", "programme-report.vm:message",
            "message.vm:title", "message.vm:message",
            "pairs-table.vm:caption", "pairs-table.vm:columns", "pairs-table.vm:columns[].ariaSort",
            "pairs-table.vm:columns[].arrow", "pairs-table.vm:columns[].label", "pairs-table.vm:columns[].url", "pairs-table.vm:empty",
            "pairs-table.vm:emptyText",
            "overview.vm:title", "overview.vm:adminUrl", "overview.vm:empty", "overview.vm:figureLabels", "overview.vm:texts",
            "overview.vm:texts.archived", "overview.vm:texts.empty", "overview.vm:texts.manage", "overview.vm:texts.programme",
            "programme.vm:csvUrl", "programme.vm:overviewUrl", "programme.vm:filter", "programme.vm:filter.action",
            "programme.vm:filter.limit", "programme.vm:filter.order", "programme.vm:filter.q", "programme.vm:filter.sort",
            "programme.vm:filter.statuses", "programme.vm:filter.statuses[].label", "programme.vm:filter.statuses[].selected",
            "programme.vm:filter.statuses[].value", "programme.vm:pagination", "programme.vm:pagination.next",
            "programme.vm:pagination.nextUrl", "programme.vm:pagination.previous", "programme.vm:pagination.previousUrl",
            "programme.vm:pagination.text", "programme.vm:texts", "programme.vm:texts.archived", "programme.vm:texts.back",
            "programme.vm:texts.csv", "programme.vm:texts.filter_apply", "programme.vm:texts.filter_status",
            "programme.vm:texts.filter_status_all", "programme.vm:texts.filter_text",
            "programme-report.vm:viewText", "programme-report.vm:viewUrl",
            "programmes.vm:title", "programmes.vm:admin", "programmes.vm:coordinatorUrl", "programmes.vm:createUrl",
            "programmes.vm:groupSearchUrl", "programmes.vm:keyPattern",
            "programmes.vm:newAccesses", "programmes.vm:newAccesses[].label", "programmes.vm:newAccesses[].selected",
            "programmes.vm:newAccesses[].value", "programmes.vm:newCadences", "programmes.vm:newCadences[].label",
            "programmes.vm:newCadences[].selected", "programmes.vm:newCadences[].value", "programmes.vm:texts",
            "programmes.vm:texts.access", "programmes.vm:texts.archive", "programmes.vm:texts.archived",
            "programmes.vm:texts.back", "programmes.vm:texts.cadence", "programmes.vm:texts.coordinator_hint",
            "programmes.vm:texts.create", "programmes.vm:texts.description", "programmes.vm:texts.group",
            "programmes.vm:texts.group_hint", "programmes.vm:texts.key", "programmes.vm:texts.key_hint",
            "programmes.vm:texts.name", "programmes.vm:texts.report", "programmes.vm:texts.restore", "programmes.vm:texts.save"));

    private static final Set<String> PAIRS_JSON = new TreeSet<>(List.of("total", "start", "limit", "pairs",
            "pairs[].spaceKey", "pairs[].spaceName", "pairs[].menteeName", "pairs[].mentorName", "pairs[].startDate",
            "pairs[].cadence", "pairs[].goalsAchieved", "pairs[].goalsTotal", "pairs[].averageProgress",
            "pairs[].checklistPercent", "pairs[].meetingsHeld", "pairs[].meetingsExpected", "pairs[].lastMeeting",
            "pairs[].adherence", "pairs[].status", "pairs[].closedOn", "pairs[].agendaPrepared", "pairs[].cancelled",
            "pairs[].lateCancellations", "pairs[].actionItems", "pairs[].actionItemsDone", "pairs[].actionItemsOnTime",
            "pairs[].feedbackMentee", "pairs[].feedbackMentor", "pairs[].pulseMentee", "pairs[].pulseMentor",
            "pairs[].suggestions", "pairs[].suggestionsApplied", "pairs[].activities", "pairs[].activitiesDone"));
    private static final Set<String> SUMMARY_JSON = new TreeSet<>(List.of("programme", "pairs", "active", "onTrack", "atRisk",
            "stalled", "invited", "closed", "closedGoalCompletion", "goalCompletion", "meetingsLast30Days", "checklistCompletion", "agendaPrepared",
            "lateCancellations", "actionItemsDone", "actionItemsOnTime", "feedbackMentee", "feedbackMentor", "pulseMentee", "pulseMentor",
            "suggestions", "suggestionsApplied", "activities", "activitiesDone"));
    private static final Set<String> PROGRAMME_JSON = new TreeSet<>(List.of("key", "name", "description", "coordinatorGroup",
            "defaultCadence", "coordinatorAccess", "archived"));
    private static final String CSV_HEADER = "\uFEFFSpace,Mentee,Mentor,Start date,Cadence,Goals achieved,Goals,"
            + "Average progress (%),Checklist (%),Meetings held,Meetings expected,Last meeting,Cadence adherence (%),Status,"
            + "Closed on,Agenda shared a day ahead (%),Meetings cancelled,Cancelled at short notice (%),Action items,"
            + "Action items completed,Completed on time,Mentee feedback (%),Mentor feedback (%),Mentee pulse,Mentor pulse,"
            + "Suggestions,Suggestions applied,Development activities,Activities done";

    private Set<String> viewModelFieldsFor(String user, String key) throws Exception {
        outputs.recordViewModels();
        outputs.servlet(user, "/mentoring/coordinator", Map.of());
        outputs.servlet(user, "/mentoring/coordinator/" + key, Map.of("limit", "1", "start", "1"));
        outputs.servlet(user, "/mentoring/coordinator/nope", Map.of());
        outputs.servlet(user, "/mentoring/programmes", Map.of());
        outputs.macro(user, key);
        outputs.macro("nina", key);
        return outputs.viewModelPaths();
    }

    @Test
    @NonTransactional
    public void shouldHandTemplatesExactlyThePinnedFieldsWhateverTheProgrammesAccess() throws Exception {
        assertEquals(VIEW_MODEL_FIELDS, viewModelFieldsFor("carol", "grad"));
        assertEquals(VIEW_MODEL_FIELDS, viewModelFieldsFor("olga", "other"));
        assertEquals(CoordinatorAccess.VIEW, programmes.getByKey("other").coordinatorAccess());
    }

    @Test
    @NonTransactional
    public void shouldAnswerRestWithExactlyThePinnedFields() throws Exception {
        for (String[] who : new String[][] {{"carol", "grad"}, {"olga", "other"}}) {
            assertEquals(PAIRS_JSON, CoordinatorOutputs.jsonPaths(outputs.json(who[0], "/programmes/" + who[1] + "/pairs")));
            assertEquals(SUMMARY_JSON, CoordinatorOutputs.jsonPaths(outputs.json(who[0], "/programmes/" + who[1] + "/summary")));
            assertEquals(PROGRAMME_JSON, CoordinatorOutputs.jsonPaths(outputs.json(who[0], "/programmes/" + who[1])));
            assertEquals(PROGRAMME_JSON.stream().map(f -> "[]." + f).collect(java.util.stream.Collectors.toCollection(TreeSet::new)),
                    CoordinatorOutputs.jsonPaths(outputs.json(who[0], "/programmes")));
        }
    }

    @Test
    @NonTransactional
    public void shouldExportExactlyThePinnedColumns() throws Exception {
        for (String[] who : new String[][] {{"carol", "grad"}, {"olga", "other"}}) {
            String[] lines = outputs.csv(who[0], who[1], null, null).split("\r\n");
            assertEquals(CSV_HEADER, lines[0]);
            assertEquals(PairsCsv.COLUMNS.size(), lines[0].split(",").length);
            assertEquals(3, lines.length);
            for (int line = 1; line < lines.length; line++) {
                assertEquals(PairsCsv.COLUMNS.size(), lines[line].split(",", -1).length);
            }
        }
    }

    @Test
    @NonTransactional
    public void shouldShowNothingAPairWroteInAnyOutput() throws Exception {
        List<String> texts = everyOutput();
        assertEquals(27, texts.size());
        for (String text : texts) {
            assertFalse(text, text.contains(SECRET));
        }
        assertTrue(texts.get(1).contains("Nina Mentee"));
        assertTrue("the declined pair is listed as invited", texts.get(1).contains("Invited"));
        assertTrue("the closed pair is listed as closed", texts.get(1).contains(">Closed</span>"));
    }
}
