package io.mentoringspaces.bench;

import io.mentoringspaces.testsupport.InstalledDatabase;
import io.mentoringspaces.testsupport.TestActiveObjects;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A benchmark database: Active Objects' own runtime with Confluence's table names and a connection
 * pool, on a HSQLDB file under {@code target/bench} or on the PostgreSQL database named by
 * {@code bench.postgres.url}. Data sets stay between runs, so only the first run generates them.
 */
public final class BenchDatabase implements AutoCloseable {

    private final String kind;
    private final InstalledDatabase database;

    private BenchDatabase(String kind, InstalledDatabase database) {
        this.kind = kind;
        this.database = database;
    }

    public static BenchDatabase open(String kind) {
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
        return new BenchDatabase(kind, new InstalledDatabase(url, user, password, schema));
    }

    public String kind() {
        return kind;
    }

    public TestActiveObjects ao() {
        return database.activeObjects();
    }

    /** A plain JDBC connection to the same database, for the content-scan baseline's page table. */
    public Connection connection() throws SQLException {
        return database.entityManager().getProvider().getConnection();
    }

    @Override
    public void close() {
        database.close();
    }
}
