package io.mentoringspaces.bench;

import io.mentoringspaces.service.ReminderService;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The daily reminder job over every active plan of the programme data set: what is due today (the
 * read the job does before it claims and queues each notice), in a fixed number of statements.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReminderBenchmarks {

    @Benchmark
    public ReminderService.Due dailyReminderJob(BenchState state) {
        return state.operations.dueNotices();
    }
}
