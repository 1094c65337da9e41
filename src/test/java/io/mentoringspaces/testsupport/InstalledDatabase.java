package io.mentoringspaces.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

/**
 * A database outside the JUnit runner (the sandbox's, the benchmarks'), set up as an installation
 * is: Active Objects' own runtime with Confluence's table names and a connection pool, the schema
 * brought up to date by the app's upgrade tasks. Like Active Objects, it remembers the model version
 * the database is at (Confluence keeps it in the plugin settings; here a one-row table
 * {@value #MODEL_VERSION_TABLE}), so that a database kept between runs only gets the tasks newer
 * than its version; a database without the record is at version 0.
 */
public final class InstalledDatabase implements AutoCloseable {

    static final String MODEL_VERSION_TABLE = "MENTORING_MODEL_VERSION";

    private final EntityManager entityManager;
    private final TestActiveObjects ao;

    public InstalledDatabase(String url, String user, String password, String schema) {
        CountingDriver.install();
        entityManager = EntityManagerBuilder.url(url).username(user).password(password).schema(schema).auto()
                .tableNameConverter(new MentoringTableNameConverter())
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
        ao = new TestActiveObjects(entityManager);
        try (Connection connection = entityManager.getProvider().getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS " + MODEL_VERSION_TABLE + " (VERSION INTEGER NOT NULL)");
            int version = 0;
            try (ResultSet row = sql.executeQuery("SELECT MAX(VERSION) FROM " + MODEL_VERSION_TABLE)) {
                if (row.next()) {
                    version = row.getInt(1);
                }
            }
            UpgradeTasks.upgrade(ao, version, Clock.systemDefaultZone());
            sql.execute("DELETE FROM " + MODEL_VERSION_TABLE);
            sql.execute("INSERT INTO " + MODEL_VERSION_TABLE + " (VERSION) VALUES (" + UpgradeTasks.latestVersion() + ")");
        } catch (SQLException e) {
            throw new IllegalStateException("The model version of " + url + " cannot be read or written", e);
        }
    }

    /** The app's {@code ActiveObjects} on this database. */
    public TestActiveObjects activeObjects() {
        return ao;
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    @Override
    public void close() {
        entityManager.getProvider().dispose();
    }
}
