package io.mentoringspaces.rest;

import io.mentoringspaces.model.GoalDefinition;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.MacroHarness;
import io.mentoringspaces.testsupport.RestServer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Before;

/**
 * The app's REST resources in a real servlet and JAX-RS container over HTTP, on a real database,
 * in the mentoring space of {@link MacroHarness}. Requests run on the server's threads, so every
 * test commits its data ({@code @NonTransactional}); the runner rebuilds the database after each.
 */
public abstract class RestTestBase extends DatabaseTest {

    protected static final long GROWTH_PLAN_PAGE = MacroHarness.GROWTH_PLAN_PAGE;
    protected static final long MEETING_PAGE = 200;
    /** Users in the order of the permission matrices; null is anonymous. */
    protected static final List<String> USERS = java.util.Arrays.asList(null, "olga", "ada", "vera", "eddie", "sam", "mia",
            "max");

    protected MacroHarness h;
    protected GrowthPlan plan;
    protected RestServer server;
    private final List<GoalDefinition> indexed = new ArrayList<>();

    @Before
    public final void startTheServer() throws Exception {
        h = new MacroHarness(ao, CLOCK);
        plan = h.givenMentoringSpace();
        RestResponses responses = new RestResponses(h.confluence.i18n());
        PageRequests requests = new PageRequests(h.access, h.plans, responses);
        server = new RestServer(h.confluence, requests, responses, h.access, h.goals, h.meetings, h.checklists, h.goalState,
                h.checklistView, h.meetingsView);
    }

    @After
    public final void stopTheServer() {
        server.close();
    }

    protected void givenGoal(String key, String title, String target, LocalDate due, GoalStatus status) {
        indexed.add(new GoalDefinition(key, title, target, due, status));
        h.goals.replaceGoalIndex(plan.id(), indexed);
    }

    protected void givenMeeting(long pageId, LocalDate date) {
        String title = date + " Mentoring meeting";
        h.confluence.page(pageId, MacroHarness.SPACE, title, "");
        h.meetings.link(plan.id(), pageId, date, title);
    }

    /** "status: message" of a reply, or just the status when it has no JSON error. */
    protected static String refusal(RestServer.Reply reply) {
        if (reply.status() < 400 || !reply.contentType().startsWith("application/json")) {
            return String.valueOf(reply.status());
        }
        return reply.status() + ": " + reply.json().get("message").asText();
    }
}
