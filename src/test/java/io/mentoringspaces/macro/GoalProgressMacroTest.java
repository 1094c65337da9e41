package io.mentoringspaces.macro;

import static org.junit.Assert.assertEquals;

import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.testsupport.Html;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class GoalProgressMacroTest extends MacroTestBase {

    private static final long MEETING = 200;

    private String progress(Map<String, String> parameters, String user) {
        return render("mentoring-goal-progress", parameters, null, MEETING, user);
    }

    private void givenTwoGoals() {
        givenMeeting(MEETING, LocalDate.of(2026, 3, 16));
        givenGoal("g-speak", "Speak at a meetup", "One talk", null, GoalStatus.IN_PROGRESS);
        givenGoal("g-lead", "Lead a project", null, LocalDate.of(2026, 9, 30), GoalStatus.NOT_STARTED);
        goals.recordProgress(plan.id(), "g-speak", 30, GoalStatus.IN_PROGRESS, "Outline", "key-mia", MEETING);
    }

    @Test
    public void shouldShowEveryGoalOfThePlanInPageOrderWithItsProgress() {
        givenTwoGoals();

        String html = progress(Map.of(), "mia");

        assertEquals(List.of("Speak at a meetup", "Lead a project"), Html.texts(html, ".mentoring-goal-progress-item > h4"));
        assertEquals(List.of("30%", "0%"), Html.texts(html, ".mentoring-progress-label"));
        assertEquals(List.of("In progress", "Not started"), Html.texts(html, ".aui-lozenge"));
        assertEquals(List.of("/rest/mentoring/1.0/pages/200/goals/g-speak", "/rest/mentoring/1.0/pages/200/goals/g-lead"),
                Html.parse(html).select(".mentoring-goal-state").eachAttr("data-rest-path"));
        assertEquals(2, Html.parse(html).select("form.mentoring-progress-form").size());
        assertEquals(List.of("io.mentoringspaces.mentoring-spaces:macro-goal-progress"), confluence.pageBuilder().required());
    }

    @Test
    public void shouldShowOneGoalByKey() {
        givenTwoGoals();

        String html = progress(Map.of("goalKey", "g-lead"), "vera");

        assertEquals(List.of("Lead a project"), Html.texts(html, ".mentoring-goal-progress-item > h4"));
        assertEquals("Due 30 Sept 2026", Html.text(html, ".mentoring-goal-due"));
        assertEquals(0, Html.parse(html).select("form, button").size());
    }

    @Test
    public void shouldShowTheSmallHistoryOfTheLatestUpdates() {
        givenTwoGoals();
        for (int percent = 40; percent <= 70; percent += 10) {
            goals.recordProgress(plan.id(), "g-speak", percent, GoalStatus.IN_PROGRESS, null, "key-max", MEETING);
        }

        String html = progress(Map.of("goalKey", "g-speak"), "mia");

        assertEquals(List.of("70% · In progress", "60% · In progress", "50% · In progress"),
                Html.texts(html, ".mentoring-history-figures"));
    }

    @Test
    public void shouldRefuseAnUnknownOrMalformedGoalKey() {
        givenTwoGoals();

        assertEquals("error: There is no such goal on this growth plan.", Html.message(progress(Map.of("goalKey", "nope"), "mia")));
        assertEquals("error: Goal key may only contain letters, digits, hyphens and underscores (at most 64).",
                Html.message(progress(Map.of("goalKey", "<b>"), "mia")));
    }

    @Test
    public void shouldSayWhenThePlanHasNoGoalsYet() {
        givenMeeting(MEETING, LocalDate.of(2026, 3, 16));

        assertEquals("info: The growth plan has no goals yet.", Html.message(progress(Map.of(), "mia")));
    }
}
