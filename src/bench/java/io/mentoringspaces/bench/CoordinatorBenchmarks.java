package io.mentoringspaces.bench;

import io.mentoringspaces.model.PairPage;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A programme of 10,000 mentoring spaces with 500,000 meetings (1,000 and 50,000 on HSQLDB; see
 * {@link ProgrammeDataSet#forDatabase}): the coordinator's pairs page and CSV from the app's tables.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class CoordinatorBenchmarks {

    @Benchmark
    public PairPage pairsPage(BenchState state) {
        return state.operations.pairsPage();
    }

    @Benchmark
    public long pairsCsv(BenchState state) {
        return state.operations.csv();
    }
}
