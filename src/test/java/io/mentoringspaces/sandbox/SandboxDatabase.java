package io.mentoringspaces.sandbox;

import com.atlassian.activeobjects.external.ModelVersion;
import io.mentoringspaces.testsupport.MentoringTableNameConverter;
import io.mentoringspaces.testsupport.TestActiveObjects;
import io.mentoringspaces.upgrade.UpgradeTask001CreateSchema;
import java.nio.file.Path;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

/**
 * The sandbox's database: a HSQLDB file, through Active Objects' own runtime with Confluence's table
 * names and a connection pool; the schema is brought up to date by the app's upgrade tasks, as an
 * installation does.
 */
public final class SandboxDatabase implements AutoCloseable {

    private final EntityManager entityManager;
    private final TestActiveObjects ao;

    public SandboxDatabase(Path directory) {
        String url = "jdbc:hsqldb:file:" + directory.resolve("mentoring").toAbsolutePath() + ";hsqldb.tx=mvcc;shutdown=true";
        entityManager = EntityManagerBuilder.url(url).username("sa").password("").schema("PUBLIC").auto()
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

    @Override
    public void close() {
        entityManager.getProvider().dispose();
    }
}
