package io.mentoringspaces.macro;

import static org.junit.Assert.assertEquals;

import io.mentoringspaces.confluence.OutputType;
import io.mentoringspaces.model.GoalDefinition;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.testsupport.Html;
import io.mentoringspaces.testsupport.PlanRows;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.Test;

/**
 * The closing of a mentorship on its closing review page: the goals achieved (live) and the meetings held
 * for everybody who may view the page; the button that closes the mentorship, or reopens it, for the pair
 * on screen only.
 */
public class ClosingMacroTest extends MacroTestBase {

    private static final long REVIEW_PAGE = 300;

    @Before
    public void givenAReviewPageGoalsAndMeetings() {
        confluence.page(REVIEW_PAGE, SPACE, null, "Closing review 2026-03-16", "<p/>");
        givenGoal("speak", "Speak at the guild meeting", "One talk", TODAY.plusMonths(1), GoalStatus.ACHIEVED);
        givenGoal("lead", "Lead a retrospective", "Two retros", TODAY.plusMonths(2), GoalStatus.IN_PROGRESS);
        givenGoal("write", "Write the <onboarding> guide", "Published", TODAY.plusMonths(2), GoalStatus.ACHIEVED);
        givenMeeting(201, LocalDate.of(2026, 1, 12));
        givenMeeting(202, LocalDate.of(2026, 2, 9));
        givenMeeting(203, TODAY.plusDays(7));
    }

    private Document closing(String user, OutputType outputType) {
        return Html.parse(render("mentoring-closing", Map.of(), null, REVIEW_PAGE, user, outputType));
    }

    private static List<String> buttons(Document html) {
        return html.select("button").eachText();
    }

    @Test
    public void shouldShowTheGoalsAchievedAndTheMeetingsHeldWithTheCloseButtonForThePair() {
        Document mentee = closing("mia", OutputType.DISPLAY);

        assertEquals("2 of 3 goals achieved; 2 meetings held since 5 Jan 2026.", mentee.selectFirst(".mentoring-closing-summary").text());
        assertEquals(List.of("Speak at the guild meeting", "Write the <onboarding> guide"),
                mentee.select(".mentoring-closing-achieved li").eachText());
        assertEquals(List.of("Close the mentorship"), buttons(mentee));
        assertEquals("/rest/mentoring/1.0/pages/300/mentorship", mentee.selectFirst(".mentoring-closing").attr("data-rest-path"));
        assertEquals(List.of("io.mentoringspaces.mentoring-spaces:macro-closing"), confluence.pageBuilder().required());
    }

    @Test
    public void shouldSayWhenAndByWhomTheMentorshipClosedAndOfferThePairToReopenIt() {
        plan = givenClosed(plan, LocalDate.of(2026, 2, 20), REVIEW_PAGE);

        Document mentor = closing("max", OutputType.DISPLAY);

        assertEquals("This mentorship was closed on 20 Feb 2026 by Mia Mentee. Its plan and figures are kept as they were that day.",
                mentor.selectFirst(".mentoring-closing-state").text());
        assertEquals("2 of 3 goals achieved; 2 meetings held since 5 Jan 2026.", mentor.selectFirst(".mentoring-closing-summary").text());
        assertEquals(List.of("Reopen the mentorship"), buttons(mentor));
    }

    @Test
    public void shouldOfferNoButtonToOthersInExportsOrWhileTheMentorIsInvited() {
        Map<String, List<String>> offered = new LinkedHashMap<>();
        for (String user : List.of("eddie", "sam", "vera")) {
            offered.put(user, buttons(closing(user, OutputType.DISPLAY)));
        }
        for (OutputType type : STATIC_OUTPUT_TYPES) {
            offered.put("mia " + type, buttons(closing("mia", type)));
        }
        offered.values().forEach(list -> assertEquals(List.of(), list));
        assertEquals("2 of 3 goals achieved; 2 meetings held since 5 Jan 2026.",
                closing("vera", OutputType.DISPLAY).selectFirst(".mentoring-closing-summary").text());

        plan = PlanRows.invited(ao, plans, plan, CLOCK.instant());
        Document invited = closing("mia", OutputType.DISPLAY);
        assertEquals(List.of(), buttons(invited));
        assertEquals("The mentorship can be closed once the mentor has accepted the invitation.",
                invited.selectFirst(".mentoring-closing-invited").text());
    }

    @Test
    public void shouldSayWhenNoGoalWasAchievedYet() {
        goals.replaceGoalIndex(plan.id(),
                List.of(new GoalDefinition("speak", "Speak at the guild meeting", "One talk", TODAY.plusMonths(1), GoalStatus.IN_PROGRESS)));

        Document html = closing("mia", OutputType.DISPLAY);

        assertEquals("No goal has been achieved yet.", html.selectFirst(".mentoring-closing-none").text());
    }
}
