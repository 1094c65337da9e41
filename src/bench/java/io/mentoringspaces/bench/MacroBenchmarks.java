package io.mentoringspaces.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Rendering the app's macros in display mode: 20 goals with 10 updates each, 100 checklist items, 200 meetings. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MacroBenchmarks {

    @Benchmark
    public String goalCard(BenchState state) {
        return state.operations.goalCard();
    }

    @Benchmark
    public String goalProgressOfTwentyGoals(BenchState state) {
        return state.operations.goalProgressAll();
    }

    @Benchmark
    public String checklistOfHundredItems(BenchState state) {
        return state.operations.checklist();
    }

    @Benchmark
    public String meetingsOfTwoHundredMeetings(BenchState state) {
        return state.operations.meetings();
    }

    @Benchmark
    public int meetingPageWithAllMacros(BenchState state) {
        return state.operations.meetingPage();
    }
}
