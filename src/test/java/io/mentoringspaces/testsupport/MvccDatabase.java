package io.mentoringspaces.testsupport;

import net.java.ao.test.ConfigurationProperties;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Hsql;
import net.java.ao.test.jdbc.JdbcConfiguration;

/**
 * The database of the contention tests ({@code @Jdbc(MvccDatabase.class)}): on HSQLDB an in-memory
 * database of its own in MVCC mode, as the sandbox runs HSQLDB (the runner's default HSQLDB database
 * locks tables instead, which hides the serialization failures of MVCC); on any other database the
 * runner's own ({@code -Ppostgres}), whose concurrency control is the database's.
 */
public final class MvccDatabase implements JdbcConfiguration {

    /** HSQLDB makes an in-memory database MVCC when its first connection asks for it. */
    static final String HSQLDB_MVCC_URL = "jdbc:hsqldb:mem:ao_test_mvcc;hsqldb.tx=mvcc";

    private final JdbcConfiguration database = "hsql".equals(ConfigurationProperties.get("ao.test.database", "hsql"))
            ? new Hsql(HSQLDB_MVCC_URL, "sa", "", "PUBLIC")
            : new DynamicJdbcConfiguration();

    @Override
    public String getUrl() {
        return database.getUrl();
    }

    @Override
    public String getSchema() {
        return database.getSchema();
    }

    @Override
    public String getUsername() {
        return database.getUsername();
    }

    @Override
    public String getPassword() {
        return database.getPassword();
    }

    @Override
    public void init() {
        database.init();
    }
}
