package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mentoringspaces.confluence.Storage;
import io.mentoringspaces.confluence.WebServer.Reply;
import io.mentoringspaces.model.Closure;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.PlanStatus;
import io.mentoringspaces.testsupport.Html;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;

/**
 * Closing and reopening a mentorship through {@code /pages/{pageId}/mentorship}: by its mentee or mentor
 * only, from a page of the space they may view, the plan's figures kept while closed and the pages written
 * meanwhile indexed once reopened.
 */
public class ClosingResourceTest extends RestTestBase {

    private static final long REVIEW_PAGE = 300;
    private static final String CLOSE = "/pages/" + REVIEW_PAGE + "/mentorship/close";
    private static final String REOPEN = "/pages/" + REVIEW_PAGE + "/mentorship/reopen";

    @Before
    public void givenAClosingReviewPageAndAnAchievedGoal() {
        confluence.page(REVIEW_PAGE, SPACE, null, "Closing review " + TODAY, Storage.macro("mentoring-closing", Map.of(), null));
        confluence.label(REVIEW_PAGE, "mentoring-closing-review");
        givenGoal("speak", "Speak at the guild meeting", "One talk", TODAY.plusMonths(1), GoalStatus.ACHIEVED);
        givenGoal("lead", "Lead a retrospective", "Two retros", TODAY.plusMonths(2), GoalStatus.IN_PROGRESS);
    }

    @Test
    @NonTransactional
    public void shouldCloseTheMentorshipFromItsReviewPage() throws Exception {
        Reply reply = server.send("POST", CLOSE, "mia", "{}");

        assertEquals(reply.body(), 200, reply.status());
        assertEquals("closed", reply.json().get("status").asText());
        assertEquals(TODAY.toString(), reply.json().get("closedOn").asText());
        String html = reply.json().get("html").asText();
        assertEquals("This mentorship was closed on 16 Mar 2026 by Mia Mentee. Its plan and figures are kept as they were that day.",
                Html.text(html, ".mentoring-closing-state"));
        assertEquals("Speak at the guild meeting", Html.text(html, ".mentoring-closing-achieved"));
        assertEquals(1, Html.texts(html, ".mentoring-closing-reopen").size());
        assertEquals(0, Html.texts(html, ".mentoring-closing-close").size());
        GrowthPlan closed = plans.getBySpaceKey(SPACE);
        assertEquals(PlanStatus.CLOSED, closed.status());
        assertEquals(new Closure(TODAY, confluence.user("mia").getKey().getStringValue(), REVIEW_PAGE), closed.closure());
        assertEquals("409: Only an active mentorship can be closed.", refusal(server.send("POST", CLOSE, "max", "{}")));
    }

    @Test
    @NonTransactional
    public void shouldRefuseChangesToTheClosedMentorshipWithTheDayItClosed() throws Exception {
        server.send("POST", CLOSE, "max", "{}");

        Reply change = server.send("PUT", "/spaces/" + SPACE + "/arrangement", "mia", "{\"meetingTime\": \"09:30\"}");

        assertEquals("409: This mentorship was closed on " + TODAY + ": its plan and figures stay as they were. Reopen it to change "
                + "them.", refusal(change));
        assertEquals(null, plans.getBySpaceKey(SPACE).arrangement().time());
    }

    @Test
    @NonTransactional
    public void shouldReopenTheMentorshipAndIndexTheMeetingPagesWrittenWhileItWasClosed() throws Exception {
        server.send("POST", CLOSE, "mia", "{}");
        confluence.page(301, SPACE, null, TODAY + " Mentoring meeting", "<p>Written while closed</p>");
        confluence.label(301, "mentoring-meeting");
        assertEquals(List.of(), meetings.meetings(plan.id()));

        Reply reply = server.send("POST", REOPEN, "max", "{}");

        assertEquals(reply.body(), 200, reply.status());
        assertEquals("{\"status\":\"active\"}", withoutHtml(reply));
        assertEquals(1, Html.texts(reply.json().get("html").asText(), ".mentoring-closing-close").size());
        GrowthPlan reopened = plans.getBySpaceKey(SPACE);
        assertEquals(PlanStatus.ACTIVE, reopened.status());
        assertEquals(List.of(301L), meetings.meetings(plan.id()).stream().map(link -> link.pageId()).toList());
        assertEquals("409: This mentorship is not closed.", refusal(server.send("POST", REOPEN, "mia", "{}")));
    }

    @Test
    @NonTransactional
    public void shouldLetOnlyThePairCloseAndReopen() throws Exception {
        Map<String, List<String>> matrix = new LinkedHashMap<>();
        for (String user : USERS) {
            // A body every change refuses before changing anything, so that each user meets the same plan.
            matrix.put(String.valueOf(user), List.of(refusal(server.send("POST", CLOSE, user, "null")),
                    refusal(server.send("POST", REOPEN, user, "null"))));
        }
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expectedAnswers(true).forEach((user, answer) -> {
            String refused = "200".equals(answer) ? "400: The request needs a JSON body." : answer;
            expected.put(user, List.of(refused, refused));
        });
        assertEquals(expected, matrix);
        assertEquals(PlanStatus.ACTIVE, plans.getBySpaceKey(SPACE).status());
        assertNull(plans.getBySpaceKey(SPACE).closure());
    }

    /** The reply's JSON without its {@code html}, which the tests read on its own. */
    private static String withoutHtml(Reply reply) {
        ObjectNode json = (ObjectNode) reply.json();
        json.remove("html");
        return json.toString();
    }
}
