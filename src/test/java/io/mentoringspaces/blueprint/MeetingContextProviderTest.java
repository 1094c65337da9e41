package io.mentoringspaces.blueprint;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import com.atlassian.plugin.web.ContextProvider;
import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.model.GoalDefinition;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.testsupport.DatabaseTest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The meeting page's context, from the plan's real goals and meetings, by the provider the test
 * Confluence's plugin system made for the meeting template.
 */
public class MeetingContextProviderTest extends DatabaseTest {

    private ConfluenceDouble confluence;
    private ContextProvider provider;
    private GrowthPlan plan;

    @Before
    public void givenAPlanWithGoalsAndMeetings() {
        plan = givenPlan("MENT");
        goals.replaceGoalIndex(plan.id(), List.of(
                new GoalDefinition("a", "Speak <up> & listen", null, null, GoalStatus.NOT_STARTED),
                new GoalDefinition("b", "Done already", null, null, GoalStatus.ACHIEVED),
                new GoalDefinition("c", "Learn SQL", null, null, GoalStatus.IN_PROGRESS),
                new GoalDefinition("d", "Dropped", null, null, GoalStatus.DROPPED),
                new GoalDefinition("e", "Lead a project", null, null, null)));
        confluence = new ConfluenceDouble(CLOCK);
        confluence.startApp(ao);
        confluence.space("MENT", "Mentoring");
        confluence.user("mia", "Mia Mentee");
        confluence.viewer("MENT", "mia");
        givenMeeting(1L, LocalDate.of(2026, 3, 2), "2026-03-02 Mentoring meeting \"first\"");
        givenMeeting(2L, LocalDate.of(2026, 3, 9), "2026-03-09 Mentoring meeting");
        meetings.trash(2L);
        givenMeeting(3L, LocalDate.of(2026, 3, 16), "2026-03-16 Mentoring meeting");
        confluence.loginAs("mia");
        provider = confluence.app().contentTemplate("meeting-template").contextProvider();
    }

    @After
    public void stopConfluence() {
        confluence.loginAs(null);
        confluence.close();
    }

    /** A meeting page of the space that the creator, mia, may view, linked to the plan. */
    private void givenMeeting(long pageId, LocalDate date, String title) {
        confluence.page(pageId, "MENT", null, title, "");
        meetings.link(plan.id(), pageId, date, title);
    }

    private Map<String, Object> context(String... fields) {
        Map<String, Object> context = new HashMap<>(Map.of("spaceKey", "MENT"));
        for (int i = 0; i < fields.length; i += 2) {
            context.put(fields[i], fields[i + 1]);
        }
        return provider.getContextMap(context);
    }

    @Test
    public void shouldListExactlyTheOpenGoalsInPlanOrderWithTheirProgress() {
        assertEquals("<ol>"
                + "<li><ac:structured-macro ac:name=\"mentoring-goal-progress\">"
                + "<ac:parameter ac:name=\"goalKey\">a</ac:parameter></ac:structured-macro></li>"
                + "<li><ac:structured-macro ac:name=\"mentoring-goal-progress\">"
                + "<ac:parameter ac:name=\"goalKey\">c</ac:parameter></ac:structured-macro></li>"
                + "<li><ac:structured-macro ac:name=\"mentoring-goal-progress\">"
                + "<ac:parameter ac:name=\"goalKey\">e</ac:parameter></ac:structured-macro></li>"
                + "</ol>", context("meetingDate", "2026-03-23").get("agendaXhtml"));
    }

    @Test
    public void shouldLinkTheLatestMeetingBeforeTheDateThatIsNotInTheTrash() {
        assertEquals("<p><ac:link><ri:page ri:content-title=\"2026-03-02 Mentoring meeting &quot;first&quot;\"/></ac:link></p>",
                context("meetingDate", "2026-03-16").get("previousMeetingXhtml"));
        assertEquals("<p><ac:link><ri:page ri:content-title=\"2026-03-16 Mentoring meeting\"/></ac:link></p>",
                context("meetingDate", "2026-03-17").get("previousMeetingXhtml"));
        assertEquals("<p><em>None yet</em></p>", context("meetingDate", "2026-03-02").get("previousMeetingXhtml"));
    }

    @Test
    public void shouldTitleTheMeetingByItsDateWithASuffixWhenACurrentPageHasTheTitleWhateverItsCase() {
        assertEquals("2026-03-23 Mentoring meeting", context("meetingDate", "2026-03-23").get("ContentPageTitle"));
        confluence.page(501, "MENT", null, "2026-03-23 Mentoring meeting", "");
        confluence.page(502, "MENT", null, "2026-03-23 MENTORING MEETING (2)", "");
        confluence.page(503, "MENT", null, "2026-03-23 Mentoring meeting (3)", "").setContentStatus("deleted");

        assertEquals("2026-03-23 Mentoring meeting (3)", context("meetingDate", "2026-03-23").get("ContentPageTitle"));
    }

    @Test
    public void shouldDefaultToTheNextDueDateAndGiveTheNextMeetingByTheCadence() {
        Map<String, Object> context = context("meetingDate", " ", "aims", "Talk about SQL");

        assertEquals("2026-03-23", context.get("meetingDateText"));
        assertEquals("2026-03-30", context.get("nextMeetingDate"));
        assertEquals("MENT", context.get("mentoringSpaceKey"));
        assertEquals("Talk about SQL", context.get("aims"));
    }

    /** What the create-content plugin answers the create dialog with when a context provider throws (see WizardRefusal). */
    private String refusal(String... fields) {
        Response response = assertThrows(WebApplicationException.class, () -> context(fields)).getResponse();
        return response.getStatus() + " " + response.getMediaType() + " " + response.getEntity();
    }

    @Test
    public void shouldRefuseAnUnreadableDateWith400NamingTheField() {
        assertEquals("400 application/json {status=400, message=Meeting date must be a date written as yyyy-mm-dd., "
                + "field=meetingDate}", refusal("meetingDate", "next week"));
    }

    @Test
    public void shouldRefuseAnImpossibleDateWith400NamingTheFieldAndNoExceptionClass() {
        assertEquals("400 application/json {status=400, message=Meeting date: 2026-02-30 is not a day of the calendar., "
                + "field=meetingDate}", refusal("meetingDate", "2026-02-30"));
    }

    @Test
    public void shouldRefuseAimsWithAControlCharacterRatherThanWriteThemIntoThePage() {
        assertEquals("400 application/json {status=400, message=Aims of the session holds a character that is not allowed: "
                + "a control character (other than tab or line break) or a character that cannot be stored., field=aims}",
                refusal("meetingDate", "2026-03-23", "aims", "Plan\u001b[31m the talk"));
    }

    @Test
    public void shouldRefuseAimsLongerThanTheirLimit() {
        assertEquals("400 application/json {status=400, message=Aims of the session is longer than 2000 characters., field=aims}",
                refusal("meetingDate", "2026-03-23", "aims", "a".repeat(2001)));
    }

    @Test
    public void shouldKeepAimsOnSeveralLinesWithTheirLineEnds() {
        assertEquals("Plan the talk\r\nAsk for feedback",
                context("meetingDate", "2026-03-23", "aims", "Plan the talk\r\nAsk for feedback ").get("aims"));
    }

    @Test
    public void shouldStillGiveAPageOutsideAMentoringSpace() {
        Map<String, Object> context = provider.getContextMap(new HashMap<>(Map.of("spaceKey", "TEAM")));

        assertEquals(TODAY.toString(), context.get("meetingDateText"));
        assertEquals("<p><em>None yet</em></p>", context.get("agendaXhtml"));
        assertEquals("", context.get("nextMeetingDate"));
    }
}
