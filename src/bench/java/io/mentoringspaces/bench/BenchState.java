package io.mentoringspaces.bench;

import java.sql.SQLException;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** One benchmark database per fork, with the data every operation needs. */
@State(Scope.Benchmark)
public class BenchState {

    @Param({"hsql", "postgres"})
    public String db;

    BenchDatabase database;
    Operations operations;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        database = BenchDatabase.open(db);
        operations = new Operations(database);
    }

    @TearDown(Level.Trial)
    public void close() {
        database.close();
    }
}
