package io.mentoringspaces.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.service.Changes;
import io.mentoringspaces.service.GoalService;
import io.mentoringspaces.testsupport.Html;
import io.mentoringspaces.testsupport.StatementCounter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

/**
 * The goal-progress macro on a past meeting's page shows the goals as they stood at that meeting,
 * read-only, with their state now as a hint; today's meeting page stays live.
 */
public class GoalRecordMacroTest extends MacroTestBase {

    private static final long PAST = 201;
    private static final long TODAYS = 200;

    @Before
    public void givenAGoalProgressedSinceAPastMeeting() {
        givenMeeting(PAST, LocalDate.of(2026, 3, 2));
        givenMeeting(TODAYS, TODAY);
        confluence.label(PAST, "mentoring-meeting");
        confluence.label(TODAYS, "mentoring-meeting");
        givenGoal("g-speak", "Speak at a meetup", "One talk", null, GoalStatus.IN_PROGRESS);
        givenGoal("g-lead", "Lead a project", null, null, GoalStatus.NOT_STARTED);
        new GoalService(ao, new Changes(ao), Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"), ZoneOffset.UTC))
                .recordProgress(plan.id(), "g-speak", 30, GoalStatus.IN_PROGRESS, "Outline", "key-mia", PAST);
        goals.recordProgress(plan.id(), "g-speak", 70, GoalStatus.IN_PROGRESS, "Dry run", "key-mia", TODAYS);
    }

    private String progress(long pageId, Map<String, String> parameters, String user) {
        return render("mentoring-goal-progress", parameters, null, pageId, user);
    }

    @Test
    public void shouldShowEachGoalAsItStoodAtAPastMeetingWithItsStateNowAsAHint() {
        String html = progress(PAST, Map.of(), "mia");

        assertEquals("As the goals stood at this meeting, on 2 Mar 2026:", Html.text(html, ".mentoring-goal-as-at"));
        assertEquals(List.of("30%", "0%"), Html.texts(html, ".mentoring-progress-label"));
        assertEquals(List.of("Now: 70%, In progress", "Now: 0%, Not started"), Html.texts(html, ".mentoring-goal-now"));
        assertTrue(Html.text(html, ".mentoring-history").contains("Outline"));
        assertTrue(!html.contains("Dry run"));
        assertEquals(0, Html.parse(html).select("form, button, input").size());
    }

    @Test
    public void shouldKeepTodaysMeetingPageLive() {
        String html = progress(TODAYS, Map.of("goalKey", "g-speak"), "mia");

        assertEquals(List.of("70%"), Html.texts(html, ".mentoring-progress-label"));
        assertEquals(0, Html.parse(html).select(".mentoring-goal-as-at, .mentoring-goal-now").size());
        assertEquals(1, Html.parse(html).select("form.mentoring-progress-form").size());
    }

    private int statements(long pageId) {
        try (StatementCounter.Recording recording = StatementCounter.record()) {
            progress(pageId, Map.of(), "mia");
            return recording.count();
        }
    }

    @Test
    public void shouldShowAPastMeetingsGoalsInTheSameFewStatementsForOneAndForTwoHundredMeetings() {
        int one = statements(PAST);
        for (long page = 300; page < 500; page++) {
            meetings.link(plan.id(), page, LocalDate.of(2025, 1, 1).plusDays(page), "Meeting " + page);
            goals.recordProgress(plan.id(), "g-lead", (int) page % 100, GoalStatus.IN_PROGRESS, null, "key-mia", page);
        }
        int many = statements(PAST);

        assertEquals("the plan, its meetings, the goals, their updates", 4, one);
        assertEquals(one, many);
    }

    @Test
    public void shouldKeepTheLatestMeetingLiveUntilALaterMeetingExists() {
        meetings.trash(TODAYS);

        assertEquals(1, Html.parse(progress(PAST, Map.of("goalKey", "g-speak"), "mia")).select("form.mentoring-progress-form").size());
    }

    @Test
    public void shouldKeepAPastPageThatIsNoMeetingPageLive() {
        confluence.page(PAST).getLabels().clear();

        assertEquals(List.of("70%", "0%"), Html.texts(progress(PAST, Map.of(), "mia"), ".mentoring-progress-label"));
    }

    @Test
    public void shouldShowOneGoalOfThePastMeetingByKeyAndRefuseAnUnknownKey() {
        String html = progress(PAST, Map.of("goalKey", "g-speak"), "vera");

        assertEquals(List.of("Speak at a meetup"), Html.texts(html, ".mentoring-goal-progress-item > h4"));
        assertEquals(List.of("30%"), Html.texts(html, ".mentoring-progress-label"));
        assertEquals("There is no such goal on this growth plan.",
                Html.text(progress(PAST, Map.of("goalKey", "g-nope"), "mia"), ".aui-message-error p"));
    }
}
