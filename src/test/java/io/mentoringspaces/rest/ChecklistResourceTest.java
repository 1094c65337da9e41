package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mentoringspaces.ao.ChecklistTickEntity;
import io.mentoringspaces.confluence.RestHost;
import io.mentoringspaces.confluence.WebServer.Reply;
import io.mentoringspaces.model.PlanFigures;
import io.mentoringspaces.testsupport.Html;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.java.ao.Query;
import net.java.ao.test.jdbc.NonTransactional;
import org.jsoup.nodes.Document;
import org.junit.Test;

public class ChecklistResourceTest extends RestTestBase {

    private static final String TICK = "{\"done\": true}";
    private static final String UNTICK = "{\"done\": false}";

    private int rows() {
        return ao.count(ChecklistTickEntity.class, Query.select());
    }

    private PlanFigures figures() {
        return plans.getBySpaceKey("MENT").figures();
    }

    private static List<Boolean> ticks(JsonNode checklist) {
        List<Boolean> ticks = new ArrayList<>();
        checklist.get("items").forEach(item -> ticks.add(item.get("done").asBoolean()));
        return ticks;
    }

    @Test
    @NonTransactional
    public void shouldTickAnItemOfTheMenteeChecklistAndAnswerWithItReRendered() throws Exception {
        givenPageBody(GROWTH_PLAN_PAGE, "<p>Intro</p>" + checklistMacro(null, null));

        Reply reply = server.send("PUT", "/pages/100/checklists/mentee/items/feedback", "mia", TICK);

        assertEquals(reply.body(), 200, reply.status());
        JsonNode checklist = reply.json();
        assertEquals("mentee", checklist.get("checklistId").asText());
        assertEquals(1, checklist.get("done").asInt());
        assertEquals(10, checklist.get("total").asInt());
        assertEquals(10, checklist.get("percent").asInt());
        assertEquals("feedback", checklist.get("items").get(5).get("key").asText());
        assertEquals(List.of(false, false, false, false, false, true, false, false, false, false), ticks(checklist));
        Document html = Html.parse(checklist.get("html").asText());
        assertEquals("1 of 10 done (10%)", html.selectFirst(".mentoring-progress-label").text());
        assertEquals("Ticked by Mia Mentee on 16 Mar 2026", html.select(".mentoring-checklist-item").get(5).attr("title"));
        assertTrue(html.select("input.mentoring-tick").get(5).hasAttr("checked"));
        assertEquals(new PlanFigures(0, 0, 0, 10, 1, List.of()), figures());

        Reply unticked = server.send("PUT", "/pages/100/checklists/mentee/items/feedback", "mia", UNTICK);

        assertEquals(0, unticked.json().get("done").asInt());
        assertEquals("Unticked by Mia Mentee on 16 Mar 2026",
                Html.parse(unticked.json().get("html").asText()).select(".mentoring-checklist-item").get(5).attr("title"));
        assertEquals(10, rows());
    }

    @Test
    @NonTransactional
    public void shouldKeepTheTickOfAnItemWhoseWordingWasEditedSinceAndDropARemovedOne() throws Exception {
        givenPageBody(GROWTH_PLAN_PAGE,
                checklistMacro("first-steps", "<ul><li>Write the plan</li><li>Book a room</li><li>Ask for feedback</li></ul>"));
        Reply before = server.get("/pages/100/checklists/first-steps", "mia");
        String bookKey = before.json().get("items").get(1).get("key").asText();
        String askKey = before.json().get("items").get(2).get("key").asText();
        assertEquals(200, server.send("PUT", "/pages/100/checklists/first-steps/items/" + bookKey, "mia", TICK).status());
        assertEquals(200, server.send("PUT", "/pages/100/checklists/first-steps/items/" + askKey, "mia", TICK).status());

        givenPageBody(GROWTH_PLAN_PAGE, checklistMacro("first-steps", "<ul><li>Write the plan</li><li>Book a quiet room</li></ul>"));
        Reply after = server.get("/pages/100/checklists/first-steps", "mia");

        assertEquals(List.of(false, true), ticks(after.json()));
        assertEquals(bookKey, after.json().get("items").get(1).get("key").asText());
        assertEquals("1 of 2 done (50%)", Html.text(after.json().get("html").asText(), ".mentoring-progress-label"));
        assertEquals("404: This item is not on the checklist any more. Reload the page to see the checklist as it now reads.",
                refusal(server.send("PUT", "/pages/100/checklists/first-steps/items/" + askKey, "mia", UNTICK)));
    }

    @Test
    @NonTransactional
    public void shouldRefuseBadTicksWithAJsonMessageAndWriteNothing() throws Exception {
        givenPageBody(GROWTH_PLAN_PAGE, checklistMacro(null, "<p>Only item</p>"));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("/pages/100/checklists/mentee/items/feedback|" + TICK,
                "404: This item is not on the checklist any more. Reload the page to see the checklist as it now reads.");
        expected.put("/pages/100/checklists/mentor/items/x|" + TICK, "404: There is no such checklist on this page.");
        expected.put("/pages/100/checklists/mentee/items/x|{}", "400: Done must be true or false.");
        expected.put("/pages/100/checklists/mentee/items/x|{\"done\": \"yes\"}", "400: Done must be true or false.");
        expected.put("/pages/100/checklists/mentee/items/x|null", "400: The request needs a JSON body.");
        expected.put("/pages/100/checklists/has%20space/items/x|" + TICK, "404: There is no such checklist on this page.");
        expected.put("/pages/900/checklists/mentee/items/x|" + TICK, "404: This space has no growth plan.");
        Map<String, String> actual = new LinkedHashMap<>();
        for (String request : expected.keySet()) {
            String[] parts = request.split("\\|", 2);
            actual.put(request, refusal(server.send("PUT", parts[0], "mia", parts[1])));
        }

        assertEquals(expected, actual);
        assertEquals(0, rows());
        assertEquals("400: The request needs a JSON body.", refusal(server.send("PUT", "/pages/100/checklists/mentee/items/x",
                "mia", null, Map.of(RestHost.TOKEN_HEADER, RestHost.NO_CHECK))));
    }

    @Test
    @NonTransactional
    public void shouldAnswer409ForAPageThatIsNotWellFormedAndWriteNothing() throws Exception {
        givenPageBody(GROWTH_PLAN_PAGE, checklistMacro(null, "<ul><li>Unclosed</ul>"));
        String unreadable = "409: This page\u2019s content could not be read: it is not well-formed storage format.";

        assertEquals(unreadable, refusal(server.get("/pages/100/checklists/mentee", "mia")));
        assertEquals(unreadable, refusal(server.send("PUT", "/pages/100/checklists/mentee/items/feedback", "mia", TICK)));
        assertEquals(0, rows());
    }

    @Test
    @NonTransactional
    public void shouldAnswerEveryKindOfUserExactlyAsItMay() throws Exception {
        givenPageBody(GROWTH_PLAN_PAGE, checklistMacro(null, null));
        Map<String, List<String>> matrix = new LinkedHashMap<>();
        for (String user : USERS) {
            matrix.put(String.valueOf(user), List.of(
                    refusal(server.get("/pages/100/checklists/mentee", user)),
                    refusal(server.send("PUT", "/pages/100/checklists/mentee/items/progress", user, TICK))));
        }
        String none = "404: Not found, or you do not have permission to see it.";
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("null", List.of("401: You need to log in to do this.", "401: You need to log in to do this."));
        expected.put("olga", List.of(none, none));
        expected.put("ada", List.of(none, none));
        expected.put("vera", List.of("200", "403: You do not have permission to do this."));
        for (String editor : List.of("eddie", "sam")) {
            expected.put(editor, List.of("200", "403: Only the mentee may tick the mentee checklist."));
        }
        expected.put("mia", List.of("200", "200"));
        expected.put("max", List.of("200", "403: Only the mentee may tick the mentee checklist."));
        assertEquals(expected, matrix);
        assertEquals(0, Html.parse(server.get("/pages/100/checklists/mentee", "vera").json().get("html").asText())
                .select("input").size());
    }

    @Test
    @NonTransactional
    public void shouldLetOnlyTheMenteeTickTheMenteeChecklistAndEveryEditorTickAnyOther() throws Exception {
        givenPageBody(GROWTH_PLAN_PAGE, checklistMacro(null, null)
                + checklistMacro("first-steps", "<ul><li>Write the plan</li><li>Book a room</li></ul>"));
        String firstStep = server.get("/pages/100/checklists/first-steps", "max").json().get("items").get(0).get("key").asText();

        Reply mentor = server.send("PUT", "/pages/100/checklists/mentee/items/feedback", "max", TICK);
        Reply mentee = server.send("PUT", "/pages/100/checklists/mentee/items/feedback", "mia", TICK);
        Reply mentorOnOther = server.send("PUT", "/pages/100/checklists/first-steps/items/" + firstStep, "max", TICK);

        assertEquals("403: Only the mentee may tick the mentee checklist.", refusal(mentor));
        assertEquals("checklistId", mentor.json().get("field").asText());
        assertEquals(200, mentee.status());
        assertEquals(200, mentorOnOther.status());
        assertEquals(List.of(false, false, false, false, false, true, false, false, false, false),
                ticks(server.get("/pages/100/checklists/mentee", "max").json()));
        assertEquals(List.of(true, false), ticks(mentorOnOther.json()));
        assertEquals(2, rows() - 10);
    }

    @Test
    @NonTransactional
    public void shouldEndFiftyConcurrentTicksOfOneItemWithOneRowAndAConsistentState() throws Exception {
        givenPageBody(GROWTH_PLAN_PAGE, checklistMacro(null, null));
        int threads = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String body = i % 2 == 0 ? TICK : UNTICK;
            Callable<Reply> tick = () -> {
                start.await();
                return server.send("PUT", "/pages/100/checklists/mentee/items/agreed-tasks", "mia", body);
            };
            replies.add(pool.submit(tick));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Reply> reply : replies) {
            statuses.add(reply.get(120, TimeUnit.SECONDS).status());
        }
        pool.shutdown();

        assertEquals(statuses.toString(), List.of(200), statuses.stream().distinct().toList());
        ChecklistTickEntity[] row = ao.find(ChecklistTickEntity.class,
                Query.select().where("PLAN_ID = ? AND ITEM_KEY = ?", plan.id(), "agreed-tasks"));
        assertEquals(1, row.length);
        assertEquals(10, rows());
        PlanFigures figures = figures();
        assertEquals(10, figures.checklistItems());
        assertEquals(row[0].isDone() ? 1 : 0, figures.checklistDone());
        Reply last = server.get("/pages/100/checklists/mentee", "mia");
        assertEquals(row[0].isDone() ? 1 : 0, last.json().get("done").asInt());
    }
}
