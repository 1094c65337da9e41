package io.mentoringspaces.sandbox;

import io.mentoringspaces.testsupport.InstalledDatabase;
import io.mentoringspaces.testsupport.TestActiveObjects;
import java.nio.file.Path;

/** The sandbox's database: a HSQLDB file, set up as an installation is ({@link InstalledDatabase}). */
public final class SandboxDatabase implements AutoCloseable {

    private final InstalledDatabase database;

    public SandboxDatabase(Path directory) {
        String url = "jdbc:hsqldb:file:" + directory.resolve("mentoring").toAbsolutePath() + ";hsqldb.tx=mvcc;shutdown=true";
        database = new InstalledDatabase(url, "sa", "", "PUBLIC");
    }

    /** The app's {@code ActiveObjects} on this database. */
    public TestActiveObjects activeObjects() {
        return database.activeObjects();
    }

    @Override
    public void close() {
        database.close();
    }
}
