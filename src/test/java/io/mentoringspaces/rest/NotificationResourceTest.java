package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mentoringspaces.ao.NoticePreferenceEntity;
import io.mentoringspaces.confluence.WebServer.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

/**
 * {@code GET/PUT /notifications/preferences}: the signed-in user's own reminder preferences, every kind on
 * until they stop it; a change names the kinds it switches, is refused whole for an unknown kind or
 * another shape of body, and only as JSON from the app's scripts; anonymous users get 401.
 */
public class NotificationResourceTest extends RestTestBase {

    private static final String PATH = "/notifications/preferences";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KINDS = List.of("mentor-invited", "meeting-tomorrow", "meeting-overdue", "goal-agreement",
            "agenda-shared", "action-item-due", "coordinator-digest");

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    /** The preferences as the JSON lists them: every kind but {@code stopped} enabled. */
    private static JsonNode allBut(String... stopped) throws Exception {
        List<String> entries = new ArrayList<>();
        for (String kind : KINDS) {
            entries.add("{'kind': '" + kind + "', 'enabled': " + !List.of(stopped).contains(kind) + "}");
        }
        return json("{'kinds': [" + String.join(", ", entries) + "]}");
    }

    @Test
    @NonTransactional
    public void shouldListEveryKindOnForAUserWhoStoppedNothing() throws Exception {
        Reply reply = server.get(PATH, "mia");

        assertEquals(200, reply.status());
        assertEquals(allBut(), reply.json());
    }

    @Test
    @NonTransactional
    public void shouldStopTheNamedKindForTheSignedInUserOnlyAndSwitchItOnAgain() throws Exception {
        Reply stopped = server.send("PUT", PATH, "max", "{\"kinds\": [{\"kind\": \"goal-agreement\", \"enabled\": false},"
                + " {\"kind\": \"agenda-shared\", \"enabled\": false}]}");

        assertEquals(200, stopped.status());
        assertEquals(allBut("goal-agreement", "agenda-shared"), stopped.json());
        assertEquals(allBut("goal-agreement", "agenda-shared"), server.get(PATH, "max").json());
        assertEquals(allBut(), server.get(PATH, "mia").json());

        Reply again = server.send("PUT", PATH, "max", "{\"kinds\": [{\"kind\": \"goal-agreement\", \"enabled\": true}]}");
        assertEquals(allBut("agenda-shared"), again.json());
        assertEquals(2, ao.count(NoticePreferenceEntity.class, Query.select()));
    }

    @Test
    @NonTransactional
    public void shouldRefuseAnUnknownKindWithAJsonErrorAndChangeNothing() throws Exception {
        Reply reply = server.send("PUT", PATH, "max", "{\"kinds\": [{\"kind\": \"goal-agreement\", \"enabled\": false},"
                + " {\"kind\": \"weekly-news\", \"enabled\": false}]}");

        assertEquals(400, reply.status());
        assertEquals("kind", reply.json().get("field").asText());
        assertEquals("Use one of: " + String.join(", ", KINDS) + ".", reply.json().get("message").asText());
        assertEquals(0, ao.count(NoticePreferenceEntity.class, Query.select()));
    }

    @Test
    @NonTransactional
    public void shouldRefuseBodiesOfAnotherShapeAndChangeNothing() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (String body : List.of("{\"kinds\": \"all\"}", "{\"kinds\": [\"goal-agreement\"]}", "{}",
                "{\"kinds\": [{\"kind\": \"goal-agreement\", \"enabled\": \"no\"}]}")) {
            Reply reply = server.send("PUT", PATH, "max", body);
            statuses.add(reply.status());
            assertEquals(body, 400, reply.json().get("status").asInt());
        }
        assertEquals(List.of(400, 400, 400, 400), statuses);
        assertEquals(0, ao.count(NoticePreferenceEntity.class, Query.select()));
    }

    @Test
    @NonTransactional
    public void shouldAskAnonymousUsersToLogIn() throws Exception {
        assertEquals(401, server.get(PATH, null).status());
        assertEquals(401, server.send("PUT", PATH, null, "{\"kinds\": []}").status());
    }

    @Test
    @NonTransactional
    public void shouldRefuseAChangeSentAsAFormOrPlainText() throws Exception {
        String body = "{\"kinds\": [{\"kind\": \"goal-agreement\", \"enabled\": false}]}";

        assertEquals(415, server.send("PUT", PATH, "max", body, Map.of("Content-Type", "text/plain")).status());
        assertEquals(415, server.send("PUT", PATH, "max", "kinds=x", Map.of("Content-Type",
                "application/x-www-form-urlencoded")).status());
        assertEquals(0, ao.count(NoticePreferenceEntity.class, Query.select()));
    }
}
