package io.mentoringspaces.rest;

import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.confluence.Storage;
import io.mentoringspaces.confluence.WebServer;
import io.mentoringspaces.model.GoalDefinition;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.MentoringSpace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;

/**
 * The app's REST module on the test Confluence's web server (real servlet and JAX-RS containers over
 * HTTP), the app started in it as Confluence starts it, on a real database, in the mentoring space of
 * {@link MentoringSpace}. Requests run on the server's threads, so every test commits its data
 * ({@code @NonTransactional}); the runner rebuilds the database after each.
 */
public abstract class RestTestBase extends DatabaseTest {

    protected static final String SPACE = MentoringSpace.SPACE;
    protected static final long GROWTH_PLAN_PAGE = MentoringSpace.GROWTH_PLAN_PAGE;
    protected static final long MEETING_PAGE = 200;
    /** Users in the order of the permission matrices; null is anonymous. */
    protected static final List<String> USERS = java.util.Arrays.asList(null, "olga", "ada", "vera", "eddie", "sam", "mia",
            "max");

    protected ConfluenceDouble confluence;
    protected GrowthPlan plan;
    /** Requests to the REST module's paths. */
    protected WebServer.Requests server;
    /** Requests to the paths below Confluence's context path: the app's servlets. */
    protected WebServer.Requests site;
    private WebServer web;
    private final List<GoalDefinition> indexed = new ArrayList<>();

    @Before
    public final void startTheServer() {
        confluence = new ConfluenceDouble(CLOCK);
        confluence.startApp(ao);
        MentoringSpace.givenConfluence(confluence);
        plan = MentoringSpace.givenPlan(ao, programmes, plans);
        web = confluence.serve();
        server = web.rest();
        site = web.site();
    }

    @After
    public final void stopTheServer() {
        confluence.loginAs(null);
        web.close();
        confluence.close();
    }

    protected void givenGoal(String key, String title, String target, LocalDate due, GoalStatus status) {
        indexed.add(new GoalDefinition(key, title, target, due, status));
        goals.replaceGoalIndex(plan.id(), indexed);
    }

    /**
     * A meeting page of the space, linked to the plan: held, as its mentee confirmed, when dated today
     * or earlier, else planned.
     */
    protected void givenMeeting(long pageId, LocalDate date) {
        String title = date + " Mentoring meeting";
        confluence.page(pageId, SPACE, null, title, "");
        if (date.isAfter(TODAY)) {
            meetings.link(plan.id(), pageId, date, title);
        } else {
            givenHeldMeeting(plan, pageId, date, title);
        }
    }

    /** Puts the storage format into the page's body. */
    protected void givenPageBody(long pageId, String storage) {
        confluence.page(pageId).setBodyAsString(storage);
    }

    /** A checklist macro in storage format. */
    protected static String checklistMacro(String checklistId, String body) {
        return Storage.macro("mentoring-checklist", checklistId == null ? Map.of() : Map.of("checklistId", checklistId), body);
    }

    /** "status: message" of a reply, or just the status when it has no JSON error. */
    /**
     * The answers of {@link #USERS} (by name, "null" for anonymous) to a request that anybody who may
     * view the space may make ({@code pairOnly} false) or only the plan's mentee and mentor: mia and
     * max ({@code pairOnly} true), as {@link #refusal} gives them.
     */
    protected static Map<String, String> expectedAnswers(boolean pairOnly) {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("null", "401: You need to log in to do this.");
        for (String user : List.of("olga", "ada")) {
            expected.put(user, "404: Not found, or you do not have permission to see it.");
        }
        for (String user : List.of("vera", "eddie", "sam", "mia", "max")) {
            expected.put(user, !pairOnly || List.of("mia", "max").contains(user) ? "200"
                    : "403: You do not have permission to do this.");
        }
        return expected;
    }

    protected static String refusal(WebServer.Reply reply) {
        if (reply.status() < 400 || !reply.contentType().startsWith("application/json")) {
            return String.valueOf(reply.status());
        }
        return reply.status() + ": " + reply.json().get("message").asText();
    }
}
