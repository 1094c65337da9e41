package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;

import io.mentoringspaces.ao.ChecklistTickEntity;
import io.mentoringspaces.ao.ProgressUpdateEntity;
import io.mentoringspaces.confluence.RestHost;
import io.mentoringspaces.model.GoalStatus;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

/**
 * The app's changes behind REST's XSRF checks: what a form on another site could send is refused
 * and writes nothing (form and plain-text bodies already by the methods taking JSON only, 415; a
 * body-less change and a browser's JSON from another origin by the XSRF checks, 403); what the app's
 * scripts send (JSON, {@code X-Atlassian-Token: no-check}, from the page's own origin) goes through.
 */
public class RestXsrfTest extends RestTestBase {

    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    private static final String PROGRESS = "/pages/100/goals/g-speak/progress";
    private static final String TICK = "/pages/100/checklists/mentee/items/feedback";

    private void givenAGoalAndTheMenteeChecklist() {
        givenGoal("g-speak", "Speak at a meetup", "One talk", LocalDate.of(2026, 6, 30), GoalStatus.IN_PROGRESS);
        givenPageBody(GROWTH_PLAN_PAGE, checklistMacro(null, null));
    }

    private int writes() {
        return ao.count(ProgressUpdateEntity.class, Query.select()) + ao.count(ChecklistTickEntity.class,
                Query.select().where("DONE = ?", true));
    }

    /** The headers the app's scripts send with a change (macro-common.js, programme-admin.js), from the page's origin. */
    private Map<String, String> scripts() {
        return Map.of("Content-Type", "application/json", RestHost.TOKEN_HEADER, RestHost.NO_CHECK, "User-Agent", BROWSER,
                "Origin", server.origin(), "Referer", server.origin() + "/pages/viewpage.action?pageId=100");
    }

    @Test
    @NonTransactional
    public void shouldRefuseChangesAFormOnAnotherSiteCouldSendAndWriteNothing() throws Exception {
        givenAGoalAndTheMenteeChecklist();
        Map<String, Integer> statuses = new LinkedHashMap<>();

        statuses.put("form POST", server.send("POST", PROGRESS, "mia", "percent=60",
                Map.of("Content-Type", "application/x-www-form-urlencoded")).status());
        statuses.put("text PUT", server.send("PUT", TICK, "mia", "{\"done\": true}", Map.of("Content-Type", "text/plain")).status());
        statuses.put("bodiless POST", server.send("POST", PROGRESS, "mia", null, Map.of()).status());
        statuses.put("cross-site JSON POST", server.send("POST", PROGRESS, "mia", "{\"percent\": 60}",
                Map.of("Content-Type", "application/json", "User-Agent", BROWSER, "Origin", "https://elsewhere.example")).status());

        assertEquals(Map.of("form POST", 415, "text PUT", 415, "bodiless POST", 403, "cross-site JSON POST", 403), statuses);
        assertEquals(0, writes());
    }

    @Test
    @NonTransactional
    public void shouldLetThroughWhatTheAppsScriptsSend() throws Exception {
        givenAGoalAndTheMenteeChecklist();

        List<Integer> statuses = List.of(
                server.send("POST", PROGRESS, "mia", "{\"percent\": 60, \"status\": \"in-progress\"}", scripts()).status(),
                server.send("PUT", TICK, "mia", "{\"done\": true}", scripts()).status());

        assertEquals(List.of(200, 200), statuses);
        assertEquals(2, writes());
    }
}
