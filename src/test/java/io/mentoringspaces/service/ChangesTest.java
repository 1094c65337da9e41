package io.mentoringspaces.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.atlassian.sal.api.transaction.TransactionCallback;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.ao.ProgressUpdateEntity;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.GoalDefinition;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.PlanFigures;
import io.mentoringspaces.model.ProgressUpdate;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.TestActiveObjects;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

/**
 * A change the database refuses because of concurrent changes is run again in a fresh transaction,
 * a bounded number of times with injected waits, and then refused as contended; any other failure,
 * and a change inside another transaction, is passed on at once.
 */
public class ChangesTest extends DatabaseTest {

    /** PostgreSQL's serialization failure, as Active Objects reports it. */
    private static ActiveObjectsException serializationFailure() {
        return new ActiveObjectsException(new SQLException("could not serialize access due to concurrent update", "40001"));
    }

    /** The waits asked for, in milliseconds; nobody waits. */
    private final List<Long> waits = new ArrayList<>();

    /** Active Objects counting its transactions, whose first {@code failures} inserts fail as {@code failure} does. */
    private final class FlakyActiveObjects extends TestActiveObjects {

        private final int failures;
        private final RuntimeException failure;
        private int inserts;
        private final AtomicInteger transactions = new AtomicInteger();

        FlakyActiveObjects(int failures, RuntimeException failure) {
            super(entityManager);
            this.failures = failures;
            this.failure = failure;
        }

        @Override
        public <T> T executeInTransaction(TransactionCallback<T> callback) {
            transactions.incrementAndGet();
            return super.executeInTransaction(callback);
        }

        @Override
        public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
            if (++inserts <= failures) {
                throw failure;
            }
            return super.create(type, params);
        }
    }

    /** Changes on {@code on} that record their waits instead of waiting; the random part is half the most. */
    private Changes changesOn(TestActiveObjects on) {
        return new Changes(on, waits::add, () -> 0.5);
    }

    private GrowthPlan givenPlanWithAGoal() {
        GrowthPlan plan = givenPlan("MENT");
        goals.replaceGoalIndex(plan.id(), List.of(new GoalDefinition("g", "Speak", null, null, null)));
        return plan;
    }

    private int revision(GrowthPlan plan) {
        return ao.get(GrowthPlanEntity.class, plan.id()).getRevision();
    }

    @Test
    @NonTransactional
    public void shouldRunAChangeAgainInAFreshTransactionAfterASerializationFailureAndCommitItOnce() {
        GrowthPlan plan = givenPlanWithAGoal();
        int revision = revision(plan);
        FlakyActiveObjects flaky = new FlakyActiveObjects(1, serializationFailure());
        GoalService service = new GoalService(flaky, changesOn(flaky), CLOCK);

        ProgressUpdate update = service.recordProgress(plan.id(), "g", 40, GoalStatus.IN_PROGRESS, "Abstract", "key-mia", 0);

        assertEquals(2, flaky.transactions.get());
        assertEquals(List.of(15L), waits);
        ProgressUpdateEntity[] rows = ao.find(ProgressUpdateEntity.class, Query.select());
        assertEquals(1, rows.length);
        assertEquals(update.id(), rows[0].getID());
        assertEquals("Abstract", rows[0].getNote());
        assertEquals("the plan row was locked and written by the committed attempt only", revision + 1, revision(plan));
        assertEquals(new PlanFigures(1, 0, 40, 0, 0, List.of()), plans.getBySpaceKey("MENT").figures());
    }

    @Test
    @NonTransactional
    public void shouldRefuseAsContendedAfterTheLastAttemptWithGrowingWaitsAndSaveNothing() {
        GrowthPlan plan = givenPlanWithAGoal();
        GrowthPlan before = plans.getBySpaceKey("MENT");
        int revision = revision(plan);
        ActiveObjectsException deadlock = new ActiveObjectsException(new SQLException("deadlock detected", "40P01"));
        FlakyActiveObjects flaky = new FlakyActiveObjects(Integer.MAX_VALUE, deadlock);
        GoalService service = new GoalService(flaky, changesOn(flaky), CLOCK);

        ContentionException refusal = assertThrows(ContentionException.class,
                () -> service.recordProgress(plan.id(), "g", 40, GoalStatus.IN_PROGRESS, null, "key-mia", 0));

        assertEquals("mentoring.error.contention", refusal.getMessageKey());
        assertSame(deadlock, refusal.getCause());
        assertEquals(Changes.ATTEMPTS, flaky.transactions.get());
        assertEquals(List.of(15L, 30L, 60L, 120L, 240L, 300L, 300L), waits);
        assertEquals(0, ao.count(ProgressUpdateEntity.class, Query.select()));
        assertEquals(before, plans.getBySpaceKey("MENT"));
        assertEquals(revision, revision(plan));
    }

    @Test
    @NonTransactional
    public void shouldPassOnAFailureThatIsNoContentionAfterOneAttempt() {
        GrowthPlan plan = givenPlanWithAGoal();
        ActiveObjectsException duplicate = new ActiveObjectsException(
                new SQLException("duplicate key value violates unique constraint", "23505"));
        FlakyActiveObjects flaky = new FlakyActiveObjects(1, duplicate);
        GoalService service = new GoalService(flaky, changesOn(flaky), CLOCK);

        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> service.recordProgress(plan.id(), "g", 40, GoalStatus.IN_PROGRESS, null, "key-mia", 0));

        assertSame(duplicate, failure);
        assertEquals(1, flaky.transactions.get());
        assertEquals(List.of(), waits);
    }

    @Test
    @NonTransactional
    public void shouldPassOnTheFailureOfAChangeInsideAnotherAndRunTheOuterChangeAgainAsAWhole() {
        GrowthPlan plan = givenPlanWithAGoal();
        FlakyActiveObjects flaky = new FlakyActiveObjects(1, serializationFailure());
        Changes changes = changesOn(flaky);
        GoalService inner = new GoalService(flaky, changes, CLOCK);
        List<RuntimeException> seenByTheOuterChange = new ArrayList<>();

        changes.run(() -> {
            plans.updateCadence(plan.id(), Cadence.MONTHLY);
            try {
                return inner.recordProgress(plan.id(), "g", 40, GoalStatus.IN_PROGRESS, null, "key-mia", 0);
            } catch (RuntimeException e) {
                seenByTheOuterChange.add(e);
                throw e;
            }
        });

        assertEquals(1, seenByTheOuterChange.size());
        assertTrue(Changes.isContention(seenByTheOuterChange.get(0)));
        assertFalse(seenByTheOuterChange.get(0) instanceof ContentionException);
        assertEquals("one wait, by the outer change", List.of(15L), waits);
        assertEquals(1, ao.count(ProgressUpdateEntity.class, Query.select()));
        assertEquals(Cadence.MONTHLY, plans.getBySpaceKey("MENT").cadence());
    }

    @Test
    @NonTransactional
    public void shouldNotRunAChangeAgainInsideTheHostsTransaction() {
        GrowthPlan plan = givenPlanWithAGoal();
        RuntimeException conflict = serializationFailure();
        FlakyActiveObjects flaky = new FlakyActiveObjects(1, conflict);
        GoalService service = new GoalService(flaky, changesOn(flaky), CLOCK);
        List<RuntimeException> failures = new ArrayList<>();

        Changes.insideHostTransaction(() -> failures.add(assertThrows(RuntimeException.class,
                () -> service.recordProgress(plan.id(), "g", 40, GoalStatus.IN_PROGRESS, null, "key-mia", 0))));

        assertEquals(List.of(conflict), failures);
        assertEquals(1, flaky.transactions.get());
        assertEquals(List.of(), waits);
        assertEquals(0, ao.count(ProgressUpdateEntity.class, Query.select()));
        service.recordProgress(plan.id(), "g", 40, GoalStatus.IN_PROGRESS, null, "key-mia", 0);
        assertEquals("outside the host's transaction again", 1, ao.count(ProgressUpdateEntity.class, Query.select()));
    }

    @Test
    public void shouldRecogniseTheContentionFailuresOfEveryDatabaseConfluenceSupportsThroughTheirCauses() {
        List<SQLException> contention = List.of(
                new SQLException("could not serialize access due to concurrent update", "40001"),
                new SQLException("deadlock detected", "40P01"),
                new SQLException("transaction rollback: serialization failure", "40001", -4861),
                new SQLException("Deadlock found when trying to get lock", "40001", 1213),
                new SQLException("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205),
                new SQLException("Transaction was deadlocked on lock resources and has been chosen as the deadlock victim",
                        "40001", 1205),
                new SQLException("ORA-00060: deadlock detected while waiting for resource", "61000", 60),
                new SQLException("ORA-08177: can't serialize access for this transaction", "72000", 8177),
                new SQLTransactionRollbackException("rolled back"));
        for (SQLException sql : contention) {
            assertTrue(sql.getMessage(), Changes.isContention(sql));
            assertTrue(sql.getMessage(), Changes.isContention(new RuntimeException(new ActiveObjectsException(sql))));
            BatchUpdateException batch = new BatchUpdateException("batch failed", "XX000", 0, new int[0]);
            batch.setNextException(sql);
            assertTrue(sql.getMessage(), Changes.isContention(new ActiveObjectsException(batch)));
        }
        List<Throwable> others = List.of(
                new SQLException("duplicate key value violates unique constraint", "23505"),
                new SQLException("connection reset", "08006"),
                new SQLException("current transaction is aborted", "25P02"),
                new SQLException("ORA-00060 code with another state", "42000", 60),
                new SQLException("no state", null, 0),
                new IllegalStateException("no SQL at all"),
                new InvalidInputException("percent", "mentoring.error.percent", new FieldName("percent")));
        for (Throwable other : others) {
            assertFalse(other.getMessage(), Changes.isContention(new ActiveObjectsException(other)));
        }
    }

    @Test
    public void shouldRecogniseTheUniqueViolationsOfEveryDatabaseConfluenceSupportsAndNoOtherFailure() {
        List<SQLException> duplicates = List.of(
                new SQLException("duplicate key value violates unique constraint", "23505"),
                new SQLException("integrity constraint violation: unique constraint or index violation", "23505", -104),
                new SQLException("Duplicate entry 'x' for key 'U_AO_2229CD_NOTICE'", "23000", 1062),
                new SQLException("Violation of UNIQUE KEY constraint", "23000", 2627),
                new SQLException("Cannot insert duplicate key row with unique index", "23000", 2601),
                new SQLException("ORA-00001: unique constraint violated", "23000", 1));
        for (SQLException sql : duplicates) {
            assertTrue(sql.getMessage(), Changes.isDuplicate(new ActiveObjectsException(sql)));
            assertFalse(sql.getMessage(), Changes.isContention(sql));
        }
        List<SQLException> others = List.of(
                new SQLException("null value in column violates not-null constraint", "23502"),
                new SQLException("violates foreign key constraint", "23503"),
                new SQLException("Column 'x' cannot be null", "23000", 1048),
                new SQLException("could not serialize access due to concurrent update", "40001"));
        for (SQLException sql : others) {
            assertFalse(sql.getMessage(), Changes.isDuplicate(new ActiveObjectsException(sql)));
        }
    }

    @Test
    public void shouldEndOnACycleOfCauses() {
        SQLException first = new SQLException("first", "23505");
        SQLException second = new SQLException("second", "23505");
        first.initCause(second);
        second.initCause(first);
        first.setNextException(second);
        second.setNextException(first);

        assertFalse(Changes.isContention(first));
    }
}
