package io.mentoringspaces.bench;

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
 * The coordinator benchmarks' pairs table computed by scanning every page body of the programme (the
 * baseline). One scan takes tens of seconds at 10,000 spaces, so each iteration is a single scan:
 * one warm-up and three measured.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class ContentScanBenchmarks {

    @Benchmark
    public List<PairFigures> contentScanBaseline(BenchState state) {
        return state.operations.contentScan();
    }
}
