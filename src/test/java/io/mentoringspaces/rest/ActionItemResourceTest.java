package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import com.fasterxml.jackson.databind.JsonNode;
import io.mentoringspaces.ao.MeetingItemEntity;
import io.mentoringspaces.confluence.WebServer.Reply;
import io.mentoringspaces.model.ActionItem;
import io.mentoringspaces.model.PracticeFigures;
import io.mentoringspaces.service.ActionItemService;
import io.mentoringspaces.service.Changes;
import io.mentoringspaces.testsupport.Html;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.Query;
import net.java.ao.test.jdbc.NonTransactional;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.Test;

/**
 * Action items that carry over, through the REST API: Confluence tasks written on meeting pages in the
 * test Confluence's editor reach the index through its page events; a meeting lists the open ones of
 * earlier meetings only, and ticking one completes the task in its page, saved as a new version.
 */
public class ActionItemResourceTest extends RestTestBase {

    private static final Label MEETING = new Label("mentoring-meeting");
    private static final String DONE = "{\"done\": true}";

    private ActionItemService actionItems;
    private Page march2;
    private Page march9;
    private Page march16;
    private Page march23;

    private static String task(String id, String status, String body) {
        return "<ac:task><ac:task-id>" + id + "</ac:task-id><ac:task-status>" + status + "</ac:task-status><ac:task-body>" + body
                + "</ac:task-body></ac:task>";
    }

    private static String tasks(String... tasks) {
        return "<h2>New action items</h2><ac:task-list>" + String.join("", tasks) + "</ac:task-list>";
    }

    private static String mention(String userKey) {
        return "<ac:link><ri:user ri:userkey=\"" + userKey + "\" /></ac:link>";
    }

    private Page meeting(LocalDate date, String body) {
        return confluence.editor().createPage(SPACE, null, date + " Mentoring meeting", body, MEETING);
    }

    /** Four weekly meetings, today's the third, each with tasks, written by the mentee in the editor. */
    @Before
    public void givenFourMeetingsWithTasks() {
        actionItems = new ActionItemService(ao, new Changes(ao), CLOCK);
        confluence.loginAs("mia");
        march2 = meeting(LocalDate.of(2026, 3, 2), tasks(
                task("1", "incomplete", mention("key-mia") + " drafts the talk by <time datetime=\"2026-03-06\" />"),
                task("2", "complete", "Book the room")));
        march9 = meeting(LocalDate.of(2026, 3, 9), tasks(
                task("1", "incomplete", mention("key-max") + " sends two reading tips"),
                task("2", "incomplete", "Ask for feedback on the abstract by <time datetime=\"2026-03-20\" />")));
        march16 = meeting(LocalDate.of(2026, 3, 16), tasks(task("1", "incomplete", "Today\u2019s own item")));
        march23 = meeting(LocalDate.of(2026, 3, 23), tasks(task("1", "incomplete", "A later meeting\u2019s item")));
        confluence.loginAs(null);
    }

    private static List<String> items(JsonNode list) {
        List<String> items = new ArrayList<>();
        list.get("items").forEach(item -> items.add(item.get("pageId").asLong() + "/" + item.get("taskId").asText() + " "
                + item.get("text").asText()));
        return items;
    }

    private String path(Page page) {
        return "/pages/" + page.getId() + "/action-items";
    }

    @Test
    @NonTransactional
    public void shouldListTheOpenItemsOfEarlierMeetingsOnlyOldestFirstWithAssigneeDueDateAndMeeting() throws Exception {
        Reply reply = server.get(path(march16), "vera");

        assertEquals(reply.body(), 200, reply.status());
        assertEquals(List.of(march2.getId() + "/1 drafts the talk by", march9.getId() + "/1 sends two reading tips",
                march9.getId() + "/2 Ask for feedback on the abstract by"), items(reply.json()));
        JsonNode first = reply.json().get("items").get(0);
        assertEquals("key-mia", first.get("assigneeKey").asText());
        assertEquals("Mia Mentee", first.get("assigneeName").asText());
        assertEquals("2026-03-06", first.get("dueDate").asText());
        assertEquals("2026-03-02", first.get("meetingDate").asText());
        assertTrue(first.get("overdue").asBoolean());
        Document html = Html.parse(reply.json().get("html").asText());
        assertEquals(List.of("\u2610 drafts the talk by Assigned to Mia Mentee Due 6 Mar 2026 Overdue From the meeting of 2 Mar 2026",
                "\u2610 sends two reading tips Assigned to Max Mentor From the meeting of 9 Mar 2026",
                "\u2610 Ask for feedback on the abstract by Due 20 Mar 2026 From the meeting of 9 Mar 2026"),
                Html.texts(html.html(), ".mentoring-action-item"));
        assertEquals(0, html.select("input.mentoring-action-tick").size());

        assertEquals(List.of(), items(server.get(path(march2), "vera").json()));
        assertEquals(4, items(server.get(path(march23), "vera").json()).size());
    }

    @Test
    @NonTransactional
    public void shouldCompleteTheConfluenceTaskInItsPageWhenTickedAndCountIt() throws Exception {
        Reply reply = server.send("PUT", path(march16) + "/" + march2.getId() + "/1", "max", DONE);

        assertEquals(reply.body(), 200, reply.status());
        assertEquals(List.of(march9.getId() + "/1 sends two reading tips", march9.getId() + "/2 Ask for feedback on the abstract by"),
                items(reply.json()));
        Page saved = confluence.page(march2.getId());
        assertEquals(2, saved.getVersion());
        assertEquals("max", saved.getLastModifier().getName());
        assertTrue(saved.getBodyAsString(), saved.getBodyAsString().startsWith("<h2>New action items</h2><ac:task-list><ac:task>"
                + "<ac:task-id>1</ac:task-id><ac:task-status>complete</ac:task-status>"));
        ActionItem item = actionItems.find(march2.getId(), "1").orElseThrow();
        assertTrue(item.done());
        assertEquals(Instant.parse("2026-03-16T10:15:30Z"), item.completedAt());
        PracticeFigures practice = plans.getBySpaceKey(SPACE).practice();
        assertEquals(List.of(6, 2, 1), List.of(practice.itemsTotal(), practice.itemsDone(), practice.itemsOnTime()));
        assertEquals(List.of(march9.getId() + "/1", march9.getId() + "/2"),
                Html.parse(reply.json().get("html").asText()).select("input.mentoring-action-tick").eachAttr("value"));
    }

    @Test
    @NonTransactional
    public void shouldReopenACompletedTaskAndWriteNothingForATaskThatHasTheStatusAlready() throws Exception {
        server.send("PUT", path(march16) + "/" + march2.getId() + "/1", "mia", DONE);

        Reply again = server.send("PUT", path(march16) + "/" + march2.getId() + "/1", "mia", DONE);
        assertEquals(200, again.status());
        assertEquals(2, confluence.page(march2.getId()).getVersion());

        Reply reopened = server.send("PUT", path(march16) + "/" + march2.getId() + "/1", "mia", "{\"done\": false}");

        assertEquals(3, items(reopened.json()).size());
        assertEquals(3, confluence.page(march2.getId()).getVersion());
        assertEquals(null, actionItems.find(march2.getId(), "1").orElseThrow().completedAt());
    }

    @Test
    @NonTransactional
    public void shouldShowOnlyTheItemsOfPagesTheUserMayViewAndTickOnlyThoseOfPagesTheyMayEdit() throws Exception {
        confluence.restrictView(march2.getId(), Set.of("mia", "max"), Set.of());
        confluence.restrictEdit(march9.getId(), Set.of("max"), Set.of());

        assertEquals(2, items(server.get(path(march16), "eddie").json()).size());
        Document forMia = Html.parse(server.get(path(march16), "mia").json().get("html").asText());
        assertEquals(List.of(march2.getId() + "/1"), forMia.select("input.mentoring-action-tick").eachAttr("value"));
        assertEquals("403: You do not have permission to do this.", refusal(server.send("PUT", path(march16) + "/" + march9.getId() + "/1", "mia", DONE)));
        assertEquals("404: Not found, or you do not have permission to see it.",
                refusal(server.send("PUT", path(march16) + "/" + march2.getId() + "/1", "eddie", DONE)));
        assertEquals(1, confluence.page(march9.getId()).getVersion());
    }

    @Test
    @NonTransactional
    public void shouldAnswerEachUserAsThePermissionMatrixSays() throws Exception {
        Map<String, String> read = new LinkedHashMap<>();
        Map<String, String> tick = new LinkedHashMap<>();
        for (String user : USERS) {
            read.put(String.valueOf(user), String.valueOf(server.get(path(march16), user).status()));
            tick.put(String.valueOf(user), String.valueOf(server.send("PUT", path(march16) + "/" + march9.getId() + "/2", user,
                    DONE).status()));
        }

        assertEquals("{null=401, olga=404, ada=404, vera=200, eddie=200, sam=200, mia=200, max=200}", read.toString());
        assertEquals("{null=401, olga=404, ada=404, vera=403, eddie=200, sam=200, mia=200, max=200}", tick.toString());
    }

    @Test
    @NonTransactional
    public void shouldRefuseAnUnknownItemAPageThatIsNoMeetingAndATaskNoLongerOnItsPage() throws Exception {
        assertEquals("404: There is no such action item on this page.",
                refusal(server.send("PUT", path(march16) + "/" + march2.getId() + "/9", "mia", DONE)));
        assertEquals("404: This page is not a meeting of a growth plan.",
                refusal(server.get("/pages/" + GROWTH_PLAN_PAGE + "/action-items", "mia")));
        assertEquals("400: Done must be true or false.",
                refusal(server.send("PUT", path(march16) + "/" + march2.getId() + "/1", "mia", "{\"done\": \"yes\"}")));

        confluence.page(march9.getId()).setBodyAsString("<p>The tasks were cut without a new version</p>");

        assertEquals("409: This action item is no longer on its page; reload the page to see the current list.",
                refusal(server.send("PUT", path(march16) + "/" + march9.getId() + "/1", "mia", DONE)));
        assertEquals(6, ao.count(MeetingItemEntity.class, Query.select().where("KIND = ?", "ACTION_ITEM")));
    }
}
