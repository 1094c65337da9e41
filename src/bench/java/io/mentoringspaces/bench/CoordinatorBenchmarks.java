package io.mentoringspaces.bench;

import io.mentoringspaces.model.PairPage;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A programme of 1,000 mentoring spaces with 50,000 meetings: the coordinator's pairs page and CSV
 * from the app's tables, and the same table computed by scanning every page body (the baseline).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
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

    @Benchmark
    public List<PairFigures> contentScanBaseline(BenchState state) {
        return state.operations.contentScan();
    }
}
