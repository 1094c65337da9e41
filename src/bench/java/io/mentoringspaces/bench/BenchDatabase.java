package io.mentoringspaces.bench;

import com.atlassian.activeobjects.external.ModelVersion;
import io.mentoringspaces.testsupport.CountingDriver;
import io.mentoringspaces.testsupport.MentoringTableNameConverter;
import io.mentoringspaces.testsupport.TestActiveObjects;
import io.mentoringspaces.upgrade.UpgradeTask001CreateSchema;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

/**
 * A benchmark database: Active Objects' own runtime with Confluence's table names and a connection
 * pool, on a HSQLDB file under {@code target/bench} or on the PostgreSQL database named by
 * {@code bench.postgres.url}. Data sets stay between runs, so only the first run generates them.
 */
public final class BenchDatabase implements AutoCloseable {

    private final String kind;
    private final EntityManager entityManager;
    private final TestActiveObjects ao;

    private BenchDatabase(String kind, EntityManager entityManager) {
        this.kind = kind;
        this.entityManager = entityManager;
        this.ao = new TestActiveObjects(entityManager);
    }

    public static BenchDatabase open(String kind) {
        CountingDriver.install();
        String url;
        String user;
        String password;
        String schema;
        if (kind.equals("postgres")) {
            url = System.getProperty("bench.postgres.url", "jdbc:postgresql://localhost:5432/mentoring_bench");
            user = System.getProperty("bench.postgres.user", "mentoring");
            password = System.getProperty("bench.postgres.password", "mentoring");
            schema = "public";
        } else if (kind.equals("hsql")) {
            Path file = Paths.get("target", "bench", "hsql", "mentoring").toAbsolutePath();
            url = "jdbc:hsqldb:file:" + file + ";hsqldb.tx=mvcc;shutdown=true";
            user = "sa";
            password = "";
            schema = "PUBLIC";
        } else {
            throw new IllegalArgumentException("Unknown benchmark database " + kind + " (hsql or postgres)");
        }
        EntityManager em = EntityManagerBuilder.url(url).username(user).password(password).schema(schema).auto()
                .tableNameConverter(new MentoringTableNameConverter())
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
        BenchDatabase database = new BenchDatabase(kind, em);
        new UpgradeTask001CreateSchema().upgrade(ModelVersion.valueOf("0"), database.ao);
        return database;
    }

    public String kind() {
        return kind;
    }

    public TestActiveObjects ao() {
        return ao;
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    /** A plain JDBC connection to the same database, for the content-scan baseline's page table. */
    public Connection connection() throws SQLException {
        return entityManager.getProvider().getConnection();
    }

    @Override
    public void close() {
        entityManager.getProvider().dispose();
    }
}
