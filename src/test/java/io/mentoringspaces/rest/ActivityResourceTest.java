package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import com.fasterxml.jackson.databind.JsonNode;
import io.mentoringspaces.confluence.Storage;
import io.mentoringspaces.confluence.WebServer.Reply;
import io.mentoringspaces.model.Activity;
import io.mentoringspaces.service.ActivityService;
import io.mentoringspaces.service.Changes;
import io.mentoringspaces.testsupport.Html;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.test.jdbc.NonTransactional;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.Test;

/**
 * Development activities through the REST API: activity macros written on the growth-plan page in the
 * test Confluence's editor reach the index through its page events; the pair sets an activity's status
 * and gets the macro re-rendered.
 */
public class ActivityResourceTest extends RestTestBase {

    private ActivityService activities;

    private static String activityMacro(String title, String kind, String goalKey) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("title", title);
        parameters.put("kind", kind);
        if (goalKey != null) {
            parameters.put("goalKey", goalKey);
        }
        return Storage.macro("mentoring-activity", parameters, null);
    }

    @Before
    public void givenAGrowthPlanPageWithActivities() {
        activities = new ActivityService(ao, new Changes(ao), CLOCK);
        confluence.loginAs("mia");
        Page page = confluence.page(GROWTH_PLAN_PAGE);
        confluence.editor().addLabel(page, new Label("mentoring-growth-plan"));
        confluence.editor().saveNewVersion(page, Storage.macro("mentoring-goal", Map.of("goalKey", "g-speak", "title",
                "Speak at a meetup"), "<p>Steps</p>") + "<h2>Development activities</h2>"
                + activityMacro("Public speaking course", "course", "g-speak")
                + activityMacro("Shadow the release", "project", null));
        confluence.loginAs(null);
    }

    private String key(int position) {
        return activities.activities(plan.id()).get(position).key();
    }

    @Test
    @NonTransactional
    public void shouldIndexTheActivitiesOfTheGrowthPlanPageAndLetThePairSetTheirStatus() throws Exception {
        List<Activity> indexed = activities.activities(plan.id());
        assertEquals(List.of("Public speaking course", "Shadow the release"), indexed.stream().map(Activity::title).toList());

        Reply reply = server.send("PUT", "/pages/100/activities/" + key(0), "max", "{\"status\": \"in-progress\"}");

        assertEquals(reply.body(), 200, reply.status());
        JsonNode activity = reply.json();
        assertEquals("in-progress", activity.get("status").asText());
        assertEquals("course", activity.get("kind").asText());
        assertEquals("g-speak", activity.get("goalKey").asText());
        assertEquals("Max Mentor", activity.get("changedBy").asText());
        assertEquals("2026-03-16T10:15:30Z", activity.get("changedAt").asText());
        Document html = Html.parse(activity.get("html").asText());
        assertEquals("Course Public speaking course For the goal: Speak at a meetup Planned In progress Done",
                html.selectFirst(".mentoring-activity").text());
        assertEquals("in-progress", html.selectFirst("select.mentoring-activity-status option[selected]").attr("value"));
        assertEquals("Set by Max Mentor on 16 Mar 2026", html.selectFirst("select.mentoring-activity-status").attr("title"));

        server.send("PUT", "/pages/100/activities/" + key(1), "mia", "{\"status\": \"done\"}");
        assertEquals(List.of(2, 1), List.of(plans.getBySpaceKey(SPACE).practice().activities(),
                plans.getBySpaceKey(SPACE).practice().activitiesDone()));
    }

    @Test
    @NonTransactional
    public void shouldLetOnlyThePairChangeAStatus() throws Exception {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (String user : USERS) {
            statuses.put(String.valueOf(user), refusal(server.send("PUT", "/pages/100/activities/" + key(0), user,
                    "{\"status\": \"done\"}")));
        }

        assertEquals("{null=401: You need to log in to do this., olga=404: Not found, or you do not have permission to see it., "
                + "ada=404: Not found, or you do not have permission to see it., vera=403: You do not have permission to do this., "
                + "eddie=403: You do not have permission to do this., sam=403: You do not have permission to do this., "
                + "mia=200, max=200}", statuses.toString());
    }

    @Test
    @NonTransactional
    public void shouldRefuseAnUnknownStatusAndAnUnknownActivity() throws Exception {
        assertEquals("400: Use one of: planned, in-progress, done.",
                refusal(server.send("PUT", "/pages/100/activities/" + key(0), "mia", "{\"status\": \"finished\"}")));
        assertEquals("404: There is no such activity on this growth plan.",
                refusal(server.send("PUT", "/pages/100/activities/nope", "mia", "{\"status\": \"done\"}")));
    }
}
