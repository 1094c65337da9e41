package io.mentoringspaces.testsupport;

import com.atlassian.activeobjects.external.ModelVersion;
import io.mentoringspaces.upgrade.UpgradeTask001CreateSchema;
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
 * brought up to date by the app's upgrade tasks.
 */
public final class InstalledDatabase implements AutoCloseable {

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
        new UpgradeTask001CreateSchema().upgrade(ModelVersion.valueOf("0"), ao);
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
