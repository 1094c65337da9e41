package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.ao.ChecklistTickEntity;
import io.mentoringspaces.ao.ProgressUpdateEntity;
import io.mentoringspaces.confluence.WebServer.Reply;
import io.mentoringspaces.model.GoalProgress;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.model.PlanFigures;
import io.mentoringspaces.testsupport.MvccDatabase;
import io.mentoringspaces.testsupport.SerializableTransactions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import net.java.ao.Query;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Many users changing one plan at the same moment over HTTP, on HSQLDB in MVCC mode (as the sandbox
 * runs it) or on PostgreSQL, at SERIALIZABLE so that the database really refuses concurrent changes:
 * no request ends in a server error, every answered change is stored exactly once, a change refused
 * as contended stores nothing, and the plan's figures match its rows. The assertions are on the final
 * state only, never on timing.
 */
@Jdbc(MvccDatabase.class)
public class ContentionTest extends RestTestBase {

    private static final String TICK = "{\"done\": true}";

    @ClassRule
    public static final SerializableTransactions SERIALIZABLE = new SerializableTransactions();

    @Before
    public final void onHsqldbInMvccMode() throws Exception {
        try (Connection connection = entityManager.getProvider().getConnection()) {
            if (!connection.getMetaData().getURL().startsWith("jdbc:hsqldb:")) {
                return;
            }
            try (Statement statement = connection.createStatement();
                    ResultSet mode = statement.executeQuery("SELECT PROPERTY_VALUE FROM INFORMATION_SCHEMA.SYSTEM_PROPERTIES"
                            + " WHERE PROPERTY_NAME = 'hsqldb.tx'")) {
                assertTrue(mode.next());
                assertEquals("MVCC", mode.getString(1).toUpperCase());
            }
        }
    }

    /** Sends the requests all at once, from as many threads, and waits for every answer. */
    private static List<Reply> inParallel(int requests, IntFunction<Callable<Reply>> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                Callable<Reply> call = request.apply(i);
                replies.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Reply> answered = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                answered.add(reply.get(5, TimeUnit.MINUTES));
            }
            return answered;
        } finally {
            pool.shutdownNow();
        }
    }

    /** How many replies had each status. */
    private static Map<Integer, Integer> statuses(List<Reply> replies) {
        Map<Integer, Integer> counts = new TreeMap<>();
        replies.forEach(reply -> counts.merge(reply.status(), 1, Integer::sum));
        return counts;
    }

    /** Every reply is the change's result or the JSON refusal to try again; none is a server error. */
    private static List<Reply> assertAnsweredOrRefusedAsContended(List<Reply> replies) {
        List<Reply> answered = new ArrayList<>();
        for (Reply reply : replies) {
            if (reply.status() == 200) {
                answered.add(reply);
            } else {
                assertEquals(statuses(replies) + " " + reply.body(), "409: " + CONTENDED, refusal(reply));
            }
        }
        return answered;
    }

    private static final String CONTENDED = "Somebody else changed this at the same moment. Nothing was saved: please try again.";

    @Test
    @NonTransactional
    public void shouldAnswerAHundredParallelTicksOfOneItemWithoutServerErrorAndKeepOneConsistentRow() throws Exception {
        givenPageBody(GROWTH_PLAN_PAGE, checklistMacro(null, null));

        List<Reply> replies = inParallel(100,
                i -> () -> server.send("PUT", "/pages/100/checklists/mentee/items/agreed-tasks", "mia", TICK));

        List<Reply> answered = assertAnsweredOrRefusedAsContended(replies);
        assertTrue(statuses(replies).toString(), !answered.isEmpty());
        ChecklistTickEntity[] item = ao.find(ChecklistTickEntity.class,
                Query.select().where("PLAN_ID = ? AND ITEM_KEY = ?", plan.id(), "agreed-tasks"));
        assertEquals(1, item.length);
        assertTrue(item[0].isDone());
        assertEquals(10, ao.count(ChecklistTickEntity.class, Query.select().where("PLAN_ID = ?", plan.id())));
        PlanFigures figures = plans.getBySpaceKey("MENT").figures();
        assertEquals(10, figures.checklistItems());
        assertEquals(1, figures.checklistDone());
        assertEquals(1, server.get("/pages/100/checklists/mentee", "mia").json().get("done").asInt());
    }

    @Test
    @NonTransactional
    public void shouldStoreEachOfFiftyParallelProgressUpdatesThatWasAnsweredExactlyOnce() throws Exception {
        givenGoal("g-speak", "Speak at a meetup", "One talk", null, GoalStatus.NOT_STARTED);
        givenMeeting(MEETING_PAGE, TODAY.minusDays(7));

        List<Reply> replies = inParallel(50, i -> () -> server.send("POST", "/pages/200/goals/g-speak/progress", "mia",
                "{\"percent\": " + (i + 1) + ", \"status\": \"in-progress\", \"note\": \"update " + (i + 1) + "\"}"));

        assertTrue(statuses(replies).toString(), !assertAnsweredOrRefusedAsContended(replies).isEmpty());
        List<Integer> answeredPercents = new ArrayList<>();
        for (int i = 0; i < replies.size(); i++) {
            if (replies.get(i).status() == 200) {
                answeredPercents.add(i + 1);
            }
        }
        ProgressUpdateEntity[] rows = ao.find(ProgressUpdateEntity.class,
                Query.select().where("PLAN_ID = ?", plan.id()).order("ID ASC"));
        assertEquals(answeredPercents, Arrays.stream(rows).map(ProgressUpdateEntity::getProgressPercent).sorted().toList());
        GoalProgress goal = goals.currentGoalsWithProgress(plan.id(), 1).get(0);
        int latest = rows[rows.length - 1].getProgressPercent();
        assertEquals(latest, goal.goal().progressPercent());
        assertEquals(latest, goal.recentUpdates().get(0).progressPercent());
        PlanFigures figures = plans.getBySpaceKey("MENT").figures();
        assertEquals(1, figures.goalsTotal());
        assertEquals(latest, figures.progressSum());
    }
}
