package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mentoringspaces.confluence.WebServer.Reply;
import io.mentoringspaces.model.GoalDefinition;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.testsupport.Html;
import io.mentoringspaces.testsupport.XssPayloads;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

/**
 * The XSS corpus through the REST API, as stored text (goal titles, checklist items, meeting page
 * titles), as input (notes, statuses, keys) and as user names: every reply is JSON whose only HTML,
 * the re-rendered fragment, holds no script, handler or script URL, and whose other fields carry
 * none of the payloads' markup.
 */
public class RestXssTest extends RestTestBase {

    private static final List<String> PAYLOADS = XssPayloads.all();

    private final List<String> found = new ArrayList<>();

    private void check(String what, Reply reply) {
        if (reply.contentType().startsWith("application/json")) {
            check(what, reply.json());
        } else {
            // A path the servlet container itself refuses (an encoded slash, say) never reaches the app.
            assertTrue(what + " " + reply.status(), reply.status() >= 400 && reply.status() < 500);
        }
    }

    private void check(String what, JsonNode node) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (field.getKey().equals("html")) {
                Html.activeContent(value.asText()).forEach(active -> found.add(what + ": " + active));
            } else if (value.isTextual() && value.asText().contains("<")) {
                found.add(what + ": " + field.getKey() + "=" + value.asText());
            } else if (value.isContainerNode()) {
                value.forEach(child -> check(what, child));
                if (value.isObject()) {
                    check(what, value);
                }
            }
        }
    }

    private static String path(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    @NonTransactional
    public void shouldAnswerWithTheCorpusOnlyAsEscapedWordsInTheFragments() throws Exception {
        List<GoalDefinition> definitions = new ArrayList<>();
        StringBuilder items = new StringBuilder("<ul>");
        for (int i = 0; i < PAYLOADS.size(); i++) {
            definitions.add(new GoalDefinition("x" + i, PAYLOADS.get(i), PAYLOADS.get(i), null, GoalStatus.IN_PROGRESS));
            confluence.user("u" + i, PAYLOADS.get(i));
            confluence.editor(SPACE, "u" + i);
            confluence.page(500 + i, SPACE, null, PAYLOADS.get(i), "");
            meetings.link(plan.id(), 500 + i, LocalDate.of(2026, 3, 1).minusWeeks(i), PAYLOADS.get(i));
            items.append("<li>").append(XssPayloads.escaped(PAYLOADS.get(i))).append("</li>");
        }
        goals.replaceGoalIndex(plan.id(), definitions);
        givenPageBody(GROWTH_PLAN_PAGE, checklistMacro("written", items + "</ul>"));
        String firstItem = server.get("/pages/100/checklists/written", "mia").json().get("items").get(0).get("key").asText();

        for (int i = 0; i < PAYLOADS.size(); i++) {
            String payload = PAYLOADS.get(i);
            String note = "{\"percent\": 10, \"status\": \"in-progress\", \"note\": " + Html.json(payload) + "}";
            Reply recorded = server.send("POST", "/pages/" + (500 + i) + "/goals/x" + i + "/progress", "u" + i, note);
            assertEquals(recorded.body(), 200, recorded.status());
            check("progress " + i, recorded);
            assertEquals(payload.strip().replaceAll("\\s+", " "),
                    Html.text(recorded.json().get("html").asText(), ".mentoring-history-note"));
            check("tick " + i, server.send("PUT", "/pages/100/checklists/written/items/" + firstItem, "u" + i, "{\"done\": true}"));
            check("bad status " + i, server.send("POST", "/pages/100/goals/x" + i + "/progress", "mia",
                    "{\"percent\": 10, \"status\": " + Html.json(payload) + "}"));
            check("bad goal key " + i, server.send("POST", "/pages/100/goals/" + path(payload) + "/progress", "mia", note));
            check("bad checklist " + i, server.send("PUT", "/pages/100/checklists/" + path(payload) + "/items/a", "mia",
                    "{\"done\": true}"));
        }
        check("goals", server.get("/pages/100/goals", "mia"));
        check("checklist", server.get("/pages/100/checklists/written", "mia"));
        check("meetings", server.get("/spaces/MENT/meetings", "mia"));

        assertEquals(List.of(), found);
    }
}
