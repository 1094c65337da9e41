package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mentoringspaces.ao.ChecklistTickEntity;
import io.mentoringspaces.ao.ProgressUpdateEntity;
import io.mentoringspaces.confluence.WebServer.Reply;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.testsupport.ForbiddenCharacters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

/**
 * The REST module's input gate over real HTTP: each class of forbidden character, in a body's texts
 * (and its members' names), in path parameters and in query parameters, is refused with the JSON
 * refusal naming the field, before anything is read from or written to the database.
 */
public class RestInputGateTest extends RestTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROGRESS = "/pages/100/goals/g-speak/progress";

    private void givenAGoalAndTheMenteeChecklist() {
        givenGoal("g-speak", "Speak at a meetup", "One talk", LocalDate.of(2026, 6, 30), GoalStatus.IN_PROGRESS);
        givenPageBody(GROWTH_PLAN_PAGE, checklistMacro(null, null));
    }

    private int writes() {
        return ao.count(ProgressUpdateEntity.class, Query.select()) + ao.count(ChecklistTickEntity.class, Query.select());
    }

    private static String characters(String label) {
        return label + " holds a character that is not allowed: a control character (other than tab or line break) or a "
                + "character that cannot be stored.";
    }

    /** "status field message" of a refusal, or the status and body of anything else. */
    private static String gateRefusal(Reply reply) {
        if (!reply.contentType().startsWith("application/json")) {
            return reply.status() + " " + reply.contentType();
        }
        return reply.status() + " " + reply.json().path("field").asText("-") + " " + reply.json().path("message").asText();
    }

    /** Issue 10, finding 4: a NUL in a progress note reached PostgreSQL, which refused it with a 500. */
    @Test
    @NonTransactional
    public void shouldRefuseANulCharacterInAProgressNoteWith400NamingTheFieldAndWriteNothing() throws Exception {
        givenAGoalAndTheMenteeChecklist();

        Reply reply = server.send("POST", PROGRESS, "mia", "{\"percent\": 60, \"status\": \"in-progress\", \"note\": \"a\\u0000b\"}");

        assertEquals("400 note " + characters("Note"), gateRefusal(reply));
        assertEquals(0, writes());
    }

    @Test
    @NonTransactional
    public void shouldRefuseEveryForbiddenCharacterInABodysTextsNamingTheMember() throws Exception {
        givenAGoalAndTheMenteeChecklist();
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (Map.Entry<String, String> bad : ForbiddenCharacters.ALL.entrySet()) {
            String text = ForbiddenCharacters.json("Rehearsed " + bad.getValue());
            actual.add(bad.getKey() + ": " + gateRefusal(server.send("POST", PROGRESS, "mia", "{\"percent\": 60, \"note\": " + text + "}")));
            actual.add(bad.getKey() + ": " + gateRefusal(server.send("POST", PROGRESS, "mia", "{\"percent\": 60, \"status\": " + text + "}")));
            actual.add(bad.getKey() + ": " + gateRefusal(server.send("POST", PROGRESS, "mia", "{\"percent\": 60, \"extra\": [" + text + "]}")));
            actual.add(bad.getKey() + ": " + gateRefusal(server.send("POST", PROGRESS, "mia", "{\"percent\": 60, " + text + ": 1}")));
            expected.add(bad.getKey() + ": 400 note " + characters("Note"));
            expected.add(bad.getKey() + ": 400 status " + characters("Status"));
            expected.add(bad.getKey() + ": 400 extra " + characters("extra"));
            expected.add(bad.getKey() + ": 400 - A field name holds a character that is not allowed: a control character "
                    + "or a character that cannot be stored.");
        }

        assertEquals(expected, actual);
        assertEquals(0, writes());
    }

    @Test
    @NonTransactional
    public void shouldAllowTabsAndLineEndsInANote() throws Exception {
        givenAGoalAndTheMenteeChecklist();

        Reply reply = server.send("POST", PROGRESS, "mia", "{\"percent\": 60, \"status\": \"in-progress\", \"note\": \"Rehearsed\\tonce\\r\\nand again\"}");

        assertEquals(reply.body(), 200, reply.status());
        assertEquals("Rehearsed\tonce\r\nand again", goals.currentGoalsWithProgress(plan.id(), 1).get(0).recentUpdates().get(0).note());
    }

    /** The forbidden characters percent-encoding can carry (a lone surrogate has no UTF-8), and the other classes kept out of paths. */
    private static Map<String, String> encodable(boolean inPath) {
        Map<String, String> encodable = new LinkedHashMap<>(ForbiddenCharacters.ALL);
        encodable.keySet().removeIf(name -> name.contains("surrogate"));
        if (inPath) {
            // The servlet container refuses C0 controls and DEL in a path itself, before any application sees the request.
            encodable.keySet().removeIf(name -> encodable.get(name).charAt(0) < 0x20 || encodable.get(name).charAt(0) == 0x7f);
        }
        return encodable;
    }

    private static String encoded(String bad) {
        return URLEncoder.encode("x" + bad, StandardCharsets.UTF_8);
    }

    @Test
    @NonTransactional
    public void shouldRefuseEveryForbiddenCharacterInPathParametersNamingTheParameter() throws Exception {
        givenAGoalAndTheMenteeChecklist();
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (Map.Entry<String, String> bad : encodable(true).entrySet()) {
            String x = encoded(bad.getValue());
            actual.add(bad.getKey() + ": " + gateRefusal(server.get("/pages/100/goals/" + x, "mia")));
            actual.add(bad.getKey() + ": " + gateRefusal(server.get("/pages/100/checklists/" + x, "mia")));
            actual.add(bad.getKey() + ": " + gateRefusal(server.send("PUT", "/pages/100/checklists/mentee/items/" + x, "mia",
                    "{\"done\": true}")));
            actual.add(bad.getKey() + ": " + gateRefusal(server.get("/spaces/" + x + "/meetings", "mia")));
            expected.add(bad.getKey() + ": 400 goalKey " + characters("Goal key"));
            expected.add(bad.getKey() + ": 400 checklistId " + characters("Checklist id"));
            expected.add(bad.getKey() + ": 400 itemKey " + characters("Item key"));
            expected.add(bad.getKey() + ": 400 spaceKey " + characters("Space key"));
        }

        assertEquals(4, encodable(true).size());
        assertEquals(expected, actual);
        assertEquals(0, writes());
    }

    @Test
    @NonTransactional
    public void shouldRefuseEveryForbiddenCharacterInQueryParametersNamingTheParameter() throws Exception {
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (Map.Entry<String, String> bad : encodable(false).entrySet()) {
            actual.add(bad.getKey() + ": " + gateRefusal(server.get("/pages/100/goals?view=" + encoded(bad.getValue()), "mia")));
            actual.add(bad.getKey() + ": " + gateRefusal(server.get("/pages/100/goals?" + encoded(bad.getValue()) + "=1", "mia")));
            expected.add(bad.getKey() + ": 400 view " + characters("view"));
            expected.add(bad.getKey() + ": 400 - A field name holds a character that is not allowed: a control character "
                    + "or a character that cannot be stored.");
        }

        assertEquals(10, encodable(false).size());
        assertEquals(expected, actual);
    }

    @Test
    @NonTransactional
    public void shouldRefuseAParameterLongerThanTheLimitNamingIt() throws Exception {
        assertEquals("400 view view is longer than 255 characters.", gateRefusal(server.get("/pages/100/goals?view=" + "x".repeat(256), "mia")));
        assertEquals(200, server.get("/pages/100/goals?view=" + "x".repeat(255), "mia").status());
    }

    @Test
    @NonTransactional
    public void shouldAnswerWithTheSameShapeAsEveryOtherRefusal() throws Exception {
        Reply reply = server.get("/pages/100/goals?view=%01", "mia");

        assertEquals("application/json", reply.contentType());
        assertEquals(JSON.readTree("{\"status\":400,\"message\":" + JSON.writeValueAsString(characters("view"))
                + ",\"field\":\"view\"}"), reply.json());
    }
}
