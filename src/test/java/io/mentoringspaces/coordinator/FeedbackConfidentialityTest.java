package io.mentoringspaces.coordinator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.mentoringspaces.ao.FeedbackEntity;
import io.mentoringspaces.ao.MeetingItemEntity;
import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.confluence.Storage;
import io.mentoringspaces.confluence.WebServer;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.CoordinatorAccess;
import io.mentoringspaces.model.FeedbackSide;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingPageContent;
import io.mentoringspaces.model.MeetingState;
import io.mentoringspaces.model.NewPlan;
import io.mentoringspaces.model.PracticeFigures;
import io.mentoringspaces.model.ProgrammeInput;
import io.mentoringspaces.model.SuggestionMark;
import io.mentoringspaces.service.Changes;
import io.mentoringspaces.service.FeedbackService;
import io.mentoringspaces.storage.FeedbackMacros;
import io.mentoringspaces.storage.StorageReader;
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
 * What the pair writes as feedback (both sides' texts and the mentor's suggestions) never reaches a
 * coordinator: the coordinator view, the programme report, the CSV and the REST API carry the feedback
 * figures only, for a coordinator who may even read the space.
 */
public class FeedbackConfidentialityTest extends DatabaseTest {

    private static final String SECRET = "CONFIDENTIAL";

    private ConfluenceDouble confluence;
    private CoordinatorOutputs outputs;
    private GrowthPlan plan;

    @Before
    public void givenAHeldMeetingWithFeedbackFromBothSides() throws Exception {
        confluence = new ConfluenceDouble(CLOCK, () -> ConfluenceDouble.BASE_URL + WebServer.CONTEXT_PATH);
        confluence.startApp(ao);
        ProgrammePeople.givenConfluence(confluence);
        programmes.create(new ProgrammeInput("other", "Others", "For new leaders", "coordinators-other", Cadence.WEEKLY,
                CoordinatorAccess.VIEW));
        plan = plans.create(new NewPlan("OTHER", "other", "key-nina", "Nina Mentee", "key-olga", "Olga Mentor",
                TODAY.minusWeeks(6), Cadence.WEEKLY));
        confluence.space("OTHER", "Space OTHER");
        confluence.viewer("OTHER", "olga");
        String body = Storage.macro("mentoring-feedback", Map.of("side", "mentee"), "<p>" + SECRET + " mentee feedback</p>")
                + Storage.macro("mentoring-feedback", Map.of("side", "mentor"), "<ul><li>" + SECRET + " suggestion</li></ul>");
        confluence.page(500, "OTHER", null, TODAY.minusDays(2) + " Mentoring meeting", body);
        meetings.link(plan.id(), 500, TODAY.minusDays(2), TODAY.minusDays(2) + " Mentoring meeting");
        FeedbackMacros macros = StorageReader.feedback(body);
        meetings.syncPage(500, new MeetingPageContent(false, Instant.parse("2026-03-14T12:00:00Z"), List.of(), macros.texts(),
                macros.suggestions()));
        meetings.setState(500, MeetingState.HELD, null, "key-nina");
        FeedbackService feedback = new FeedbackService(ao, new Changes(ao), CLOCK);
        feedback.setPulse(500, FeedbackSide.MENTEE, 4, "key-nina");
        feedback.setPulse(500, FeedbackSide.MENTOR, 5, "key-olga");
        feedback.markSuggestion(500, feedback.feedback(500).suggestions().get(0).itemKey(), SuggestionMark.APPLIED, "key-nina");
        outputs = new CoordinatorOutputs(confluence, "olga", "admin");
    }

    @After
    public void stop() {
        outputs.close();
        confluence.close();
        ao.deleteWithSQL(FeedbackEntity.class, "ID > ?", 0);
        ao.deleteWithSQL(MeetingItemEntity.class, "ID > ?", 0);
        ProgrammeRows.deleteAllRows(ao);
    }

    @Test
    @NonTransactional
    public void shouldShowTheFeedbackFiguresButNothingThePairWroteInAnyCoordinatorOutput() throws Exception {
        PracticeFigures figures = plans.getBySpaceKey("OTHER").practice();
        assertEquals(List.of(1, 1, 1, 1), List.of(figures.feedbackMentee(), figures.feedbackMentor(), figures.suggestions(),
                figures.suggestionsApplied()));
        List<String> texts = new ArrayList<>();
        for (String user : List.of("olga", "admin")) {
            texts.add(outputs.servlet(user, "/mentoring/coordinator", Map.of()));
            texts.add(outputs.servlet(user, "/mentoring/coordinator/other", Map.of()));
            texts.add(outputs.macro(user, "other"));
            texts.add(outputs.csv(user, "other", null, null));
            texts.add(outputs.json(user, "/programmes/other").toString());
            texts.add(outputs.json(user, "/programmes/other/summary").toString());
            texts.add(outputs.json(user, "/programmes/other/pairs").toString());
        }
        for (String text : texts) {
            assertFalse(text, text.contains(SECRET));
        }
        JsonNode pair = outputs.json("olga", "/programmes/other/pairs").get("pairs").get(0);
        assertEquals("4.0 5.0 1", pair.get("pulseMentee").asText() + " " + pair.get("pulseMentor").asText() + " "
                + pair.get("suggestionsApplied").asText());
    }
}
