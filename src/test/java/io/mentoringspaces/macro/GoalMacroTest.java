package io.mentoringspaces.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.model.GoalDefinition;
import io.mentoringspaces.model.GoalKeys;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.testsupport.Html;
import io.mentoringspaces.testsupport.StatementCounter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.Test;

public class GoalMacroTest extends MacroTestBase {

    private static final Map<String, String> SPEAK = Map.of("goalKey", "g-speak", "title", "Speak at a meetup",
            "target", "Give one 20-minute talk", "evaluation", "Review the slides with the mentor", "dueDate", "2026-06-30",
            "status", "in-progress");

    private String card(String user) {
        return render("mentoring-goal", SPEAK, "<ol><li>Write an abstract</li></ol>", GROWTH_PLAN_PAGE, user);
    }

    private void givenSpeakGoal() {
        givenGoal("g-speak", "Speak at a meetup", "Give one 20-minute talk", LocalDate.of(2026, 6, 30), GoalStatus.IN_PROGRESS);
    }

    @Test
    public void shouldRenderTheCardWithProgressHistoryAndTheMentorsControls() {
        givenSpeakGoal();
        givenMeeting(200, LocalDate.of(2026, 3, 9));
        goals.recordProgress(plan.id(), "g-speak", 20, GoalStatus.IN_PROGRESS, "Topic chosen", "key-mia", 0);
        goals.recordProgress(plan.id(), "g-speak", 40, GoalStatus.IN_PROGRESS, "Abstract drafted", "key-max", 200);

        String html = card("max");

        assertEquals(Html.normalize(fixture("goal-card-mentor.html")), Html.normalize(html));
        assertEquals(List.of("io.mentoringspaces.mentoring-spaces:macro-goal"), confluence.pageBuilder().required());
    }

    @Test
    public void shouldOfferTheAgreementToTheMentorOnly() {
        givenSpeakGoal();

        for (String user : List.of("mia", "eddie", "sam")) {
            String html = card(user);
            assertEquals(user, 0, Html.parse(html).select("button.mentoring-agree").size());
            assertEquals(user, 1, Html.parse(html).select("form.mentoring-progress-form").size());
        }
        assertEquals(1, Html.parse(card("max")).select("button.mentoring-agree").size());
    }

    @Test
    public void shouldShowTheAgreementAndWhenTheTargetChangedSince() {
        givenSpeakGoal();
        assertEquals("Not agreed by the mentor yet.", Html.text(card("mia"), ".mentoring-agreement-not-agreed"));

        goals.recordAgreement(plan.id(), "g-speak", "key-max");

        assertEquals("Agreed by Max Mentor on 16 Mar 2026.", Html.text(card("mia"), ".mentoring-agreement-agreed"));
        assertEquals(0, Html.parse(card("max")).select("button.mentoring-agree").size());

        goals.replaceGoalIndex(plan.id(), List.of(new GoalDefinition("g-speak", "Speak at a meetup", "Give two talks",
                LocalDate.of(2026, 6, 30), GoalStatus.IN_PROGRESS)));

        assertEquals("The target has changed since Max Mentor agreed to it on 16 Mar 2026.",
                Html.text(card("mia"), ".mentoring-agreement-target-changed"));
        assertEquals(1, Html.parse(card("max")).select("button.mentoring-agree").size());
    }

    @Test
    public void shouldFlagAnOpenGoalPastItsDueDateAsOverdue() {
        givenGoal("late", "Late", null, LocalDate.of(2026, 3, 15), GoalStatus.IN_PROGRESS);
        givenGoal("done", "Done", null, LocalDate.of(2026, 3, 15), GoalStatus.ACHIEVED);
        givenGoal("today", "Today", null, LocalDate.of(2026, 3, 16), GoalStatus.NOT_STARTED);

        String late = render("mentoring-goal", Map.of("goalKey", "late", "title", "Late"), null, GROWTH_PLAN_PAGE, "mia");
        String done = render("mentoring-goal", Map.of("goalKey", "done", "title", "Done"), null, GROWTH_PLAN_PAGE, "mia");
        String today = render("mentoring-goal", Map.of("goalKey", "today", "title", "Today"), null, GROWTH_PLAN_PAGE, "mia");

        assertEquals("Overdue", Html.text(late, ".mentoring-overdue"));
        assertEquals("Due 15 Mar 2026", Html.text(late, ".mentoring-goal-due"));
        assertNull(Html.text(done, ".mentoring-overdue"));
        assertEquals("100%", Html.text(done, ".mentoring-progress-label"));
        assertNull(Html.text(today, ".mentoring-overdue"));
    }

    @Test
    public void shouldShowAGoalTheIndexDoesNotKnowYetFromItsParametersWithoutControls() {
        String html = render("mentoring-goal", Map.of("title", "Lead a project", "target", "Ship it", "dueDate", "2026-09-30"), "",
                GROWTH_PLAN_PAGE, "max");

        assertEquals("info: Progress can be recorded for this goal once the page has been saved.",
                Html.message(Html.parse(html).selectFirst(".aui-message").outerHtml()));
        assertEquals("Lead a project", Html.text(html, ".mentoring-goal-title"));
        assertEquals("Not started", Html.text(html, ".aui-lozenge"));
        assertEquals("0%", Html.text(html, ".mentoring-progress-label"));
        assertEquals(GoalKeys.fromTitle("Lead a project"), Html.parse(html).selectFirst(".mentoring-goal-state").attr("data-goal-key"));
        assertEquals(0, Html.parse(html).select("button, form").size());
    }

    @Test
    public void shouldKnowAGoalWithoutKeyByTheKeyDerivedFromItsTitle() {
        givenGoal(GoalKeys.fromTitle("Lead a project"), "Lead a project", null, null, GoalStatus.IN_PROGRESS);
        goals.recordProgress(plan.id(), GoalKeys.fromTitle("Lead a project"), 70, GoalStatus.IN_PROGRESS, null, "key-mia", 0);

        String html = render("mentoring-goal", Map.of("title", "  lead a  PROJECT "), null, GROWTH_PLAN_PAGE, "mia");

        assertEquals("70%", Html.text(html, ".mentoring-progress-label"));
        assertNull(Html.text(html, ".aui-message"));
    }

    @Test
    public void shouldRefuseBadParametersWithAnInlineMessageAndWriteNothing() {
        givenSpeakGoal();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("title=", "error: Title is required.");
        expected.put("dueDate=30.6.2026", "error: Due date must be a date written yyyy-MM-dd, for example 2026-06-30.");
        expected.put("dueDate=2026-02-30", "error: Due date must be a date written yyyy-MM-dd, for example 2026-06-30.");
        expected.put("dueDate=1999-12-31", "error: Due date must be between 2000-01-01 and 2099-12-31.");
        expected.put("status=done", "error: Status must be one of not-started, in-progress, achieved and dropped.");
        expected.put("goalKey=has space", "error: Goal key may only contain letters, digits, hyphens and underscores (at most 64).");
        expected.put("title=" + "x".repeat(256), "error: Title is longer than 255 characters.");
        expected.put("target=" + "x".repeat(451), "error: Measurable target is longer than 450 characters.");

        try (StatementCounter.Recording recording = StatementCounter.record()) {
            for (Map.Entry<String, String> bad : expected.entrySet()) {
                Map<String, String> parameters = new HashMap<>(SPEAK);
                String[] change = bad.getKey().split("=", 2);
                parameters.put(change[0], change[1]);
                assertEquals(bad.getKey(), bad.getValue(),
                        Html.message(render("mentoring-goal", parameters, null, GROWTH_PLAN_PAGE, "max")));
            }
            assertTrue(recording.statements().toString(),
                    recording.statements().stream().allMatch(sql -> sql.strip().toUpperCase().startsWith("SELECT")));
        }
    }

    @Test
    public void shouldExplainThatItWorksInMentoringSpacesOnly() {
        assertEquals("error: This macro works in mentoring spaces only: this space has no growth plan.",
                Html.message(render("mentoring-goal", SPEAK, null, OTHER_PAGE, "mia")));
    }

    @Test
    public void shouldShowTheMeetingAndNoteOfAnUpdateOnlyToUsersWhoMayViewItsMeetingPage() {
        givenSpeakGoal();
        confluence.space("SECRET", "Secret");
        confluence.spaceAdmin("SECRET", "mia");
        confluence.page(300, "SECRET", null, "Secret meeting", "");
        goals.recordProgress(plan.id(), "g-speak", 50, GoalStatus.IN_PROGRESS, "Halfway", "key-mia", 300);

        assertEquals("in Secret meeting", Html.text(card("mia"), ".mentoring-history-meeting"));
        assertEquals("Halfway", Html.text(card("mia"), ".mentoring-history-note"));
        String vera = card("vera");
        assertNull(Html.text(vera, ".mentoring-history-meeting"));
        assertFalse(vera.contains("Secret meeting"));
        assertNull(Html.text(vera, ".mentoring-history-note"));
        assertFalse(vera.contains("Halfway"));
        assertEquals("Recorded on a page you cannot view", Html.text(vera, ".mentoring-history-restricted"));
    }

    @Test
    public void shouldShowTheStepsAsConfluenceRenderedThem() {
        givenSpeakGoal();

        String html = card("vera");

        assertEquals("<ol><li>Write an abstract</li></ol>",
                Html.normalize(Html.parse(html).selectFirst(".mentoring-goal-steps ol").outerHtml()));
    }

    @Test
    public void shouldDrawTheLatestTwelveUpdatesAsASparklineAndListTheLatestThree() {
        givenSpeakGoal();
        for (int percent = 5; percent <= 75; percent += 5) {
            goals.recordProgress(plan.id(), "g-speak", percent, GoalStatus.IN_PROGRESS, null, "key-mia", 0);
        }

        Document card = Html.parse(card("mia"));

        assertEquals("Progress over time", card.selectFirst(".mentoring-chart-sparkline figcaption").text());
        assertEquals("20% \u2192 25% \u2192 30% \u2192 35% \u2192 40% \u2192 45% \u2192 50% \u2192 55% \u2192 60% \u2192 65% \u2192 70% \u2192 75%",
                card.selectFirst(".mentoring-chart-figures-text").text());
        assertEquals(12, card.selectFirst(".mentoring-chart-sparkline polyline").attr("points").split(" ").length);
        assertEquals(List.of("75% \u00b7 In progress", "70% \u00b7 In progress", "65% \u00b7 In progress"),
                card.select(".mentoring-history-figures").eachText());
    }

    @Test
    public void shouldDrawNoSparklineBeforeTheFirstUpdate() {
        givenSpeakGoal();

        assertTrue(Html.parse(card("mia")).select(".mentoring-chart, svg").isEmpty());
    }
}
