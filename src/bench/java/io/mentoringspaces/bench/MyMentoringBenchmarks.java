package io.mentoringspaces.bench;

import io.mentoringspaces.model.MyPair;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** The "My mentoring" page's pairs for a mentor of 100 pairs, each with 5 held meetings and 5 open action items. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MyMentoringBenchmarks {

    @Benchmark
    public List<MyPair> myMentoringOfHundredPairs(BenchState state) {
        return state.operations.myMentoring();
    }
}
