package io.mentoringspaces.blueprint;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.Space;
import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.confluence.DeviceType;
import io.mentoringspaces.confluence.OutputType;
import io.mentoringspaces.model.GoalKeys;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.Html;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The pages a new mentoring space gets from the blueprints, created by the test Confluence's
 * create-content plugin and rendered by its page renderer as the mentee sees them: each goal in one
 * place on the growth plan and on a meeting's agenda, the Feedback log's live log of both sides' feedback,
 * the button for the next meeting page above the space home's figures.
 */
public class PairPagesTest extends DatabaseTest {

    private static final List<String> GOALS = List.of("Speak at a meetup", "Learn SQL");

    private ConfluenceDouble confluence;
    private Space space;

    @Before
    public void givenAMentoringSpaceWithTwoObjectives() {
        confluence = new ConfluenceDouble(CLOCK);
        confluence.startApp(ao);
        confluence.user("mia", "Mia Mentee");
        confluence.user("max", "Max Mentor");
        confluence.loginAs("mia");
        space = confluence.createContent().createSpace(BlueprintKeys.SPACE_BLUEPRINT, "MENT", "Mia\u2019s mentoring",
                Map.of(WizardFields.SPACE_BLUEPRINT, BlueprintKeys.SPACE_BLUEPRINT, WizardFields.PROGRAMME, "default",
                        WizardFields.MENTOR, "max", WizardFields.OBJECTIVES, String.join("\n", GOALS)));
    }

    @After
    public void stopConfluence() {
        confluence.loginAs(null);
        confluence.close();
    }

    @SuppressWarnings("deprecation")
    private Page page(String title) {
        return confluence.service(PageManager.class).getPage("MENT", title);
    }

    private Document rendered(Page page) {
        return Html.parse(confluence.render(page.getId(), OutputType.DISPLAY, DeviceType.DESKTOP));
    }

    /** How often each goal shows on the page: its state (progress, agreement, controls) and its title. */
    private static Map<String, List<Integer>> copies(Document page) {
        Map<String, List<Integer>> copies = new java.util.LinkedHashMap<>();
        for (String title : GOALS) {
            int states = page.select(".mentoring-goal-state[data-goal-key=" + GoalKeys.fromTitle(title) + "]").size();
            int titles = (int) page.getAllElements().stream().filter(e -> e.ownText().strip().equals(title)).count();
            copies.put(title, List.of(states, titles));
        }
        return copies;
    }

    @Test
    public void shouldShowEachGoalOnceWithItsProgressOnTheGrowthPlan() {
        Document growthPlan = rendered(page("Growth plan"));

        assertEquals(Map.of("Speak at a meetup", List.of(1, 1), "Learn SQL", List.of(1, 1)), copies(growthPlan));
        assertEquals(2, growthPlan.select(".mentoring-goal .mentoring-goal-state .mentoring-progress").size());
        assertEquals(0, growthPlan.select(".mentoring-goal-progress").size());
    }

    @Test
    public void shouldListEachOpenGoalOnceOnTheAgendaOfANewMeetingPage() {
        Page meeting = confluence.createContent().createPage(BlueprintKeys.MEETING_BLUEPRINT, space, page("Meetings"),
                Map.of(WizardFields.MEETING_DATE, "2026-03-16"));

        Document rendered = rendered(meeting);

        assertEquals(Map.of("Speak at a meetup", List.of(1, 1), "Learn SQL", List.of(1, 1)), copies(rendered));
        assertEquals(GOALS, rendered.select("ol > li .mentoring-goal-progress .mentoring-goal-title").eachText());
    }

    @Test
    public void shouldGiveTheFeedbackLogTheLiveLogOfBothSidesFeedback() {
        Document feedbackLog = rendered(page("Feedback log"));

        assertEquals(1, feedbackLog.select(".mentoring-feedback-log").size());
        assertTrue(feedbackLog.selectFirst(".mentoring-feedback-log-empty").text().startsWith("No meeting has feedback yet."));
        assertEquals(0, feedbackLog.select("table").size());
    }

    @Test
    public void shouldPutTheButtonForTheNextMeetingAboveTheSpaceHomesFigures() {
        Document home = rendered(space.getHomePage());

        Element button = home.selectFirst(".mentoring-new-meeting");
        List<Element> order = home.select(".mentoring-new-meeting, .mentoring-meetings, .mentoring-goal-progress, "
                + ".mentoring-checklist");
        assertEquals("Create the next meeting page", button.text());
        assertEquals(button, order.get(0));
        assertEquals(String.valueOf(page("Meetings").getId()), button.attr("data-parent-page-id"));
        assertEquals(BlueprintKeys.MEETING_BLUEPRINT, button.attr("data-blueprint-key"));
        assertEquals(List.of("p", "h2", "p"), home.selectFirst(".innerCell").children().stream().limit(3).map(Element::tagName).toList());
    }
}
