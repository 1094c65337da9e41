package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mentoringspaces.confluence.WebServer.Reply;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.Invitation;
import io.mentoringspaces.model.PlanStatus;
import io.mentoringspaces.testsupport.Html;
import io.mentoringspaces.testsupport.PlanRows;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;

/**
 * The mentor's invitation through {@code /spaces/{spaceKey}/invitation}: accepted or declined by the
 * named mentor only, another mentor named by the mentee only, the space's permissions moving with the
 * mentor.
 */
public class InvitationResourceTest extends RestTestBase {

    private static final String ACCEPT = "/spaces/MENT/invitation/accept";
    private static final String DECLINE = "/spaces/MENT/invitation/decline";
    private static final String MENTOR = "/spaces/MENT/invitation/mentor";

    /** The reply's JSON without its {@code html}, which the tests read on its own. */
    private static String withoutHtml(Reply reply) {
        ObjectNode json = (ObjectNode) reply.json();
        json.remove("html");
        return json.toString();
    }

    @Before
    public void givenTheMentorInvited() {
        plan = PlanRows.invited(ao, plans, plan, CLOCK.instant());
    }

    private boolean may(String user, Permission permission) {
        return confluence.service(PermissionManager.class).hasPermission(confluence.user(user), permission, space());
    }

    /** Whether the user may add pages to the space. */
    private boolean mayAddPages(String user) {
        return confluence.service(PermissionManager.class).hasCreatePermission(confluence.user(user), space(), Page.class);
    }

    private Space space() {
        return confluence.service(SpaceManager.class).getSpace(SPACE);
    }

    @Test
    @NonTransactional
    public void shouldMakeThePlanActiveWhenTheMentorAccepts() throws Exception {
        Reply reply = server.send("POST", ACCEPT, "max", "{}");

        assertEquals(reply.body(), 200, reply.status());
        assertEquals("", reply.json().get("html").asText());
        assertEquals("{\"status\":\"active\",\"mentorName\":\"Max Mentor\",\"declined\":false}", withoutHtml(reply));
        GrowthPlan accepted = plans.getBySpaceKey(SPACE);
        assertEquals(PlanStatus.ACTIVE, accepted.status());
        assertEquals(TODAY, accepted.invitation().acceptedOn());
        assertEquals(409, server.send("POST", ACCEPT, "max", "{}").status());
    }

    @Test
    @NonTransactional
    public void shouldShowTheReasonOfADeclineToTheMenteeOnly() throws Exception {
        Reply mentor = server.send("POST", DECLINE, "max", "{\"reason\": \"I am on leave until June\"}");

        assertEquals(mentor.body(), 200, mentor.status());
        assertEquals("You declined to mentor this pair. The mentee will name another mentor.",
                Html.text(mentor.json().get("html").asText(), ".mentoring-invitation-message"));
        assertFalse(mentor.json().get("html").asText().contains("leave"));
        assertEquals("{\"status\":\"invited\",\"mentorName\":\"Max Mentor\",\"declined\":true}", withoutHtml(mentor));
        assertEquals(new Invitation(CLOCK.instant(), null, CLOCK.instant(), "I am on leave until June"),
                plans.getBySpaceKey(SPACE).invitation());
        Reply again = server.send("POST", DECLINE, "max", "{}");
        assertEquals("409: The invitation has already been answered.", refusal(again));
    }

    @Test
    @NonTransactional
    public void shouldMoveTheSpaceToTheMentorTheMenteeNamesAfterADecline() throws Exception {
        server.send("POST", DECLINE, "max", "{\"reason\": \"No time\"}");

        Reply reply = server.send("PUT", MENTOR, "mia", "{\"mentor\": \"eddie\"}");

        assertEquals(reply.body(), 200, reply.status());
        assertEquals("Waiting for Eddie Editor to accept the invitation to mentor you.",
                Html.text(reply.json().get("html").asText(), ".mentoring-invitation-message"));
        assertEquals("{\"status\":\"invited\",\"mentorName\":\"Eddie Editor\",\"declined\":false}", withoutHtml(reply));
        GrowthPlan invited = plans.getBySpaceKey(SPACE);
        assertEquals(confluence.user("eddie").getKey().getStringValue(), invited.mentorKey());
        assertEquals(new Invitation(CLOCK.instant(), null, null, null), invited.invitation());
        assertFalse(may("max", Permission.VIEW));
        assertTrue(mayAddPages("eddie"));
        assertTrue(may("mia", Permission.ADMINISTER));
        assertEquals("404: Not found, or you do not have permission to see it.", refusal(server.send("POST", ACCEPT, "max", "{}")));
        assertEquals(200, server.send("POST", ACCEPT, "eddie", "{}").status());
    }

    @Test
    @NonTransactional
    public void shouldInviteTheNewMentorByMail() throws Exception {
        server.send("POST", DECLINE, "max", "{}");
        int before = confluence.mail().sent().size();

        assertEquals(200, server.send("PUT", MENTOR, "mia", "{\"mentor\": \"eddie\"}").status());

        List<String> mails = confluence.mail().sent().stream().skip(before).map(mail -> mail.to() + ": " + mail.subject()).toList();
        assertEquals(List.of(confluence.user("eddie").getEmail() + ": You are invited to mentor in the mentoring space " + SPACE),
                mails);
    }

    @Test
    @NonTransactional
    public void shouldRefuseAnUnknownOrSameMentorAndChangeNothing() throws Exception {
        List<String> answers = new ArrayList<>();
        answers.add(refusal(server.send("PUT", MENTOR, "mia", "{\"mentor\": \"nobody\"}")));
        answers.add(refusal(server.send("PUT", MENTOR, "mia", "{\"mentor\": \" \"}")));
        answers.add(refusal(server.send("PUT", MENTOR, "mia", "{\"mentor\": \"max\"}")));
        answers.add(refusal(server.send("PUT", MENTOR, "mia", "{\"mentor\": \"mia\"}")));

        assertEquals(List.of("400: Mentor: there is no such user.", "400: Mentor is required.",
                "400: This mentor is already invited. Name another mentor.", "400: The mentor cannot be the mentee."), answers);
        assertEquals(plan, plans.getBySpaceKey(SPACE));
        assertTrue(mayAddPages("max"));
    }

    @Test
    @NonTransactional
    public void shouldLetOnlyTheMentorAnswerAndOnlyTheMenteeNameAnotherMentor() throws Exception {
        Map<String, List<String>> matrix = new LinkedHashMap<>();
        for (String user : USERS) {
            // Bodies every answer refuses before changing anything, so that each user meets the same plan.
            matrix.put(String.valueOf(user), List.of(
                    refusal(server.send("POST", DECLINE, user, "{\"reason\": 7}")),
                    refusal(server.send("PUT", MENTOR, user, "{\"mentor\": \"nobody\"}"))));
        }
        Map<String, List<String>> expected = new LinkedHashMap<>();
        String login = "401: You need to log in to do this.";
        String none = "404: Not found, or you do not have permission to see it.";
        String forbidden = "403: You do not have permission to do this.";
        expected.put("null", List.of(login, login));
        expected.put("olga", List.of(none, none));
        expected.put("ada", List.of(none, none));
        for (String user : List.of("vera", "eddie", "sam")) {
            expected.put(user, List.of(forbidden, forbidden));
        }
        expected.put("mia", List.of(forbidden, "400: Mentor: there is no such user."));
        expected.put("max", List.of("400: Reason must be a text.", forbidden));
        assertEquals(expected, matrix);
        assertEquals(plan, plans.getBySpaceKey(SPACE));
    }
}
