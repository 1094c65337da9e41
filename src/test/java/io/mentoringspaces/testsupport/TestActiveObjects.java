package io.mentoringspaces.testsupport;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import java.util.Map;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

/**
 * The app's view of Active Objects in tests: every call goes to AO's own {@link EntityManager} on a
 * real database. {@link #executeInTransaction} commits or rolls back like the host's; inside an
 * enclosing transaction (the test runner's) a failed change is rolled back to a savepoint, so a test
 * sees exactly what a failed change leaves behind.
 */
public class TestActiveObjects implements ActiveObjects {

    private final EntityManager em;

    public TestActiveObjects(EntityManager em) {
        this.em = em;
    }

    public EntityManager entityManager() {
        return em;
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        try {
            Connection enclosing = em.getProvider().getConnection();
            if (!enclosing.getAutoCommit()) {
                return inSavepoint(enclosing, callback);
            }
            enclosing.close();
            return new Transaction<T>(em) {
                @Override
                protected T run() {
                    return callback.doInTransaction();
                }
            }.execute();
        } catch (SQLException e) {
            throw new ActiveObjectsException(e);
        }
    }

    private <T> T inSavepoint(Connection connection, TransactionCallback<T> callback) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            T result = callback.doInTransaction();
            connection.releaseSavepoint(savepoint);
            return result;
        } catch (RuntimeException | Error e) {
            connection.rollback(savepoint);
            em.flushAll();
            throw e;
        }
    }

    @Override
    public void migrate(Class<? extends RawEntity<?>>... entities) {
        call(() -> {
            em.migrate(entities);
            return null;
        });
    }

    /** Real interface member, not used by the app. */
    public void migrateDestructively(Class<? extends RawEntity<?>>... entities) {
        call(() -> {
            em.migrateDestructively(entities);
            return null;
        });
    }

    /** Real interface member, not used by the app. */
    public void flushAll() {
        em.flushAll();
    }

    /** Real interface member, not used by the app. */
    public void flush(RawEntity<?>... entities) {
        em.flush(entities);
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return call(() -> em.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return call(() -> em.create(type, params));
    }

    /** Real interface member, not used by the app. */
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return call(() -> em.create(type, params));
    }

    /** Real interface member, not used by the app. */
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        call(() -> {
            em.create(type, rows);
            return null;
        });
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        call(() -> {
            em.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return call(() -> em.deleteWithSQL(type, criteria, parameters));
    }

    /** Real interface member, not used by the app. */
    public <T extends RawEntity<K>, K> T[] find(Class<T> type) {
        return call(() -> em.find(type));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return call(() -> em.find(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return call(() -> em.find(type, query));
    }

    /** Real interface member, not used by the app. */
    public <T extends RawEntity<K>, K> T[] findWithSQL(Class<T> type, String keyField, String sql, Object... parameters) {
        return call(() -> em.findWithSQL(type, keyField, sql, parameters));
    }

    /** Real interface member, not used by the app. */
    public <T extends RawEntity<K>, K> void stream(Class<T> type, EntityStreamCallback<T, K> streamCallback) {
        call(() -> {
            em.stream(type, streamCallback);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback) {
        call(() -> {
            em.stream(type, query, streamCallback);
            return null;
        });
    }

    /** Real interface member, not used by the app. */
    public <K> int count(Class<? extends RawEntity<K>> type) {
        return call(() -> em.count(type));
    }

    /** Real interface member, not used by the app. */
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return call(() -> em.count(type, criteria, parameters));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return call(() -> em.count(type, query));
    }

    /** Real interface member, not used by the app: an exact count stands in for the estimate. */
    public <K> int getFastCountEstimate(Class<? extends RawEntity<K>> type) {
        return count(type);
    }

    /** Real interface member, not used by the app; its type is not declared here. */
    public Object moduleMetaData() {
        throw new UnsupportedOperationException("The app does not read Active Objects module metadata");
    }

    private static <T> T call(SqlCall<T> call) {
        try {
            return call.run();
        } catch (SQLException e) {
            throw new ActiveObjectsException(e);
        }
    }

    @FunctionalInterface
    private interface SqlCall<T> {
        T run() throws SQLException;
    }
}
