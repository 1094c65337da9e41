package io.mentoringspaces.service;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every change of the services, each in one transaction of Active Objects, and runs a change
 * again, in a fresh transaction, when the database refused it because of concurrent changes (a
 * serialization failure, a deadlock or a lock timeout): at most {@link #ATTEMPTS} times, waiting a
 * short, growing, random time before each further attempt. A change refused on every attempt ends in
 * a {@link ContentionException}, which users see as "try again"; nothing of it is saved.
 *
 * <p>Retrying is only right for a transaction of the change's own. In Confluence,
 * {@code executeInTransaction} joins a transaction that is already open on the thread (SAL's
 * transaction template runs with propagation REQUIRED, Active Objects uses the connection of that
 * transaction, and the template marks the whole transaction rollback-only when the change fails), so
 * a change made inside another transaction is never retried here: its failure is passed on unchanged
 * to whoever owns the transaction. That is the case for a change made by another change of the app
 * (the outer change is retried as a whole) and for the work of Confluence's event listeners, which
 * run it through {@link #insideHostTransaction} because Confluence may publish its events while its
 * own transaction is still open.
 */
public class Changes {

    /** Attempts of one change, the first included, before it is refused as contended. */
    public static final int ATTEMPTS = 8;

    /** The wait before the second attempt; it doubles before each further attempt, up to {@link #MAX_WAIT_MILLIS}. */
    static final long FIRST_WAIT_MILLIS = 10;

    /** The longest wait before an attempt, randomness left out. */
    static final long MAX_WAIT_MILLIS = 200;

    /**
     * Vendor error codes of deadlocks and lock timeouts that a driver may report without an SQLState of
     * class 40: MySQL and MariaDB 1213 (deadlock) and 1205 (lock wait timeout), SQL Server 1205
     * (deadlock victim). Oracle's codes are matched with their SQLState, see {@link #isContention}.
     */
    private static final Set<Integer> DEADLOCK_CODES = Set.of(1205, 1213);

    /** Vendor error codes of unique violations reported with SQLState 23000: MySQL and MariaDB, SQL Server (two), Oracle. */
    private static final Set<Integer> DUPLICATE_CODES = Set.of(1062, 2627, 2601, 1);

    private static final ThreadLocal<Boolean> IN_TRANSACTION = ThreadLocal.withInitial(() -> false);
    private static final Logger LOG = LoggerFactory.getLogger(Changes.class);

    private final ActiveObjects ao;
    private final Sleeper sleeper;
    private final DoubleSupplier random;

    public Changes(ActiveObjects ao) {
        this(ao, Thread::sleep, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** With the waits and their randomness injected: {@code random} gives numbers in [0, 1). */
    Changes(ActiveObjects ao, Sleeper sleeper, DoubleSupplier random) {
        this.ao = ao;
        this.sleeper = sleeper;
        this.random = random;
    }

    /** Pauses the calling thread. */
    @FunctionalInterface
    interface Sleeper {

        void sleep(long millis) throws InterruptedException;
    }

    /**
     * Runs the change in a transaction and returns its result; retries it as described above, so the
     * change may run more than once and must keep what it builds inside itself. A refusal the change
     * raises itself (a {@link MentoringException}) and any other failure pass unchanged, after the
     * transaction was rolled back.
     */
    public <T> T run(TransactionCallback<T> change) {
        return run(change, false);
    }

    /**
     * Runs a change that inserts a row it found missing, by a unique key, as {@link #run} does; and runs it
     * again as well when the insert met a row of that key that a concurrent change inserted first (a
     * unique violation, which a change that then finds the row does not meet again). Only for changes
     * whose insert means "the row was not there yet": a unique violation that means "done already", as
     * a sent notice's claim does, must reach its caller.
     */
    public <T> T runInsertingMissing(TransactionCallback<T> change) {
        return run(change, true);
    }

    private <T> T run(TransactionCallback<T> change, boolean duplicatesAgain) {
        if (IN_TRANSACTION.get()) {
            return ao.executeInTransaction(change);
        }
        IN_TRANSACTION.set(true);
        try {
            for (int attempt = 1;; attempt++) {
                try {
                    return ao.executeInTransaction(change);
                } catch (RuntimeException e) {
                    if (!isContention(e) && !(duplicatesAgain && isDuplicate(e))) {
                        throw e;
                    }
                    if (attempt == ATTEMPTS) {
                        LOG.info("A change was refused: all {} attempts met concurrent changes, the last with {}", ATTEMPTS,
                                e.toString());
                        throw new ContentionException(e);
                    }
                    LOG.debug("Attempt {} of a change met concurrent changes; trying again", attempt, e);
                    pauseAfter(attempt, e);
                }
            }
        } finally {
            IN_TRANSACTION.remove();
        }
    }

    /**
     * Runs work during which a transaction of the host may be open (an event listener's): the changes
     * it makes join that transaction and are not retried; their failures pass unchanged.
     */
    public static void insideHostTransaction(Runnable work) {
        boolean outermost = !IN_TRANSACTION.get();
        IN_TRANSACTION.set(true);
        try {
            work.run();
        } finally {
            if (outermost) {
                IN_TRANSACTION.remove();
            }
        }
    }

    /**
     * Waits {@code FIRST_WAIT_MILLIS * 2^(attempt - 1)}, at most {@code MAX_WAIT_MILLIS}, and up to as much
     * again at random, so that changes that failed together do not try again together.
     */
    private void pauseAfter(int attempt, RuntimeException failure) {
        long wait = Math.min(FIRST_WAIT_MILLIS << (attempt - 1), MAX_WAIT_MILLIS);
        try {
            sleeper.sleep(wait + (long) (wait * random.getAsDouble()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ContentionException(failure);
        }
    }

    /**
     * True when the failure, or anything in its chain of causes (SQL exceptions' chains of next
     * exceptions included), is the database refusing a transaction because of concurrent ones: an
     * SQLState of class 40 (transaction rollback: 40001 serialization failure, PostgreSQL's 40P01
     * deadlock, HSQLDB's MVCC conflicts), the JDBC type for it, the deadlock and lock-timeout codes of
     * MySQL, MariaDB and SQL Server, or Oracle's ORA-00060 (deadlock, SQLState 61000) and ORA-08177
     * (cannot serialize access, SQLState 72000).
     */
    static boolean isContention(Throwable failure) {
        return anySql(failure, sql -> {
            String state = sql.getSQLState();
            int code = sql.getErrorCode();
            return sql instanceof SQLTransactionRollbackException || state != null && state.startsWith("40")
                    || DEADLOCK_CODES.contains(code) || code == 60 && "61000".equals(state)
                    || code == 8177 && "72000".equals(state);
        });
    }

    /**
     * True when the failure, or anything in its chain of causes, is a unique violation: SQLState 23505
     * (PostgreSQL, HSQLDB, H2), or 23000 with MySQL's and MariaDB's 1062, SQL Server's 2627 or 2601, or
     * Oracle's ORA-00001. Other integrity violations (a missing value, a foreign key) are not.
     */
    static boolean isDuplicate(Throwable failure) {
        return anySql(failure, sql -> "23505".equals(sql.getSQLState())
                || "23000".equals(sql.getSQLState()) && DUPLICATE_CODES.contains(sql.getErrorCode()));
    }

    /** Whether any SQL exception among the failure's causes and their chains of next exceptions is one the test accepts. */
    private static boolean anySql(Throwable failure, Predicate<SQLException> test) {
        Set<Throwable> causes = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && causes.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLException first) {
                Set<SQLException> chain = Collections.newSetFromMap(new IdentityHashMap<>());
                for (SQLException sql = first; sql != null && chain.add(sql); sql = sql.getNextException()) {
                    if (test.test(sql)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
