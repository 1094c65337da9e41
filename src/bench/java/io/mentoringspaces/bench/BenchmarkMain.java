package io.mentoringspaces.bench;

import io.mentoringspaces.testsupport.StatementCounter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark on each database of {@code bench.databases}: first, once per operation, the
 * SQL statements it issues (through the counting JDBC proxy) and a check that the app and the
 * content-scan baseline compute the same pairs table; then JMH for the timings. Writes the results
 * as a Markdown table to {@code target/bench/benchmarks.md}. {@code bench.quick=true} runs one short
 * iteration of each, to see that everything works.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    /** Operation label by JMH benchmark method. */
    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("goalCard", "Goal card (goal macro, 10 updates)");
        LABELS.put("goalProgressOfTwentyGoals", "Goal progress macro, 20 goals \u00d7 10 updates");
        LABELS.put("checklistOfHundredItems", "Checklist macro, 100 items");
        LABELS.put("meetingsOfTwoHundredMeetings", "Meetings macro, 200 meetings");
        LABELS.put("meetingPageWithAllMacros", "Meeting page with 14 macros (record, 10 macros, action items, feedback), 200 meetings");
        LABELS.put("pairsPage", "Coordinator pairs page, 1,000 pairs / 50,000 meetings");
        LABELS.put("pairsCsv", "Coordinator CSV, 1,000 pairs");
        LABELS.put("contentScanBaseline", "Baseline: pairs table by scanning 52,000 page bodies");
        LABELS.put("growthPlanSaveWithThirtyGoals", "Index update: growth plan saved with 30 goals");
        LABELS.put("dailyReminderJob", "Daily reminder job: notices due over every active plan of the data sets");
    }

    public static void main(String[] args) throws Exception {
        List<String> databases = List.of(System.getProperty("bench.databases", "hsql,postgres").split(","));
        boolean quick = Boolean.getBoolean("bench.quick");
        Map<String, Map<String, Integer>> statements = new LinkedHashMap<>();
        for (String db : databases) {
            statements.put(db, measureStatements(db));
        }
        Collection<RunResult> results = runJmh(databases, quick);
        String report = report(databases, statements, results, quick);
        Path out = Paths.get("target", "bench", "benchmarks.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println(report);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    private static Map<String, Integer> measureStatements(String db) throws SQLException {
        System.out.println("Preparing " + db + " (the first run generates the data sets)...");
        try (BenchDatabase database = BenchDatabase.open(db)) {
            Operations ops = new Operations(database);
            if (!ops.appPairs().equals(ops.baselinePairs())) {
                throw new IllegalStateException("The app and the content-scan baseline disagree on the pairs table");
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("goalCard", count(ops::goalCard));
            counts.put("goalProgressOfTwentyGoals", count(ops::goalProgressAll));
            counts.put("checklistOfHundredItems", count(ops::checklist));
            counts.put("meetingsOfTwoHundredMeetings", count(ops::meetings));
            counts.put("meetingPageWithAllMacros", count(ops::meetingPage));
            counts.put("pairsPage", count(ops::pairsPage));
            counts.put("pairsCsv", count(ops::csv));
            counts.put("contentScanBaseline", count(ops::contentScan));
            counts.put("dailyReminderJob", count(ops::dueNotices));
            counts.put("growthPlanSaveWithThirtyGoals", count(() -> {
                ops.indexUpdate();
                return null;
            }));
            return counts;
        }
    }

    private static int count(Supplier<?> operation) {
        operation.get();
        try (StatementCounter.Recording recording = StatementCounter.record()) {
            operation.get();
            return recording.count();
        }
    }

    private static Collection<RunResult> runJmh(List<String> databases, boolean quick) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(BenchmarkMain.class.getPackageName() + "\\." + System.getProperty("bench.include", ".*Benchmarks") + "\\..*")
                .param("db", databases.toArray(new String[0]))
                .jvmArgsAppend("-Xmx3g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                        "-Dbench.postgres.url=" + System.getProperty("bench.postgres.url",
                                "jdbc:postgresql://localhost:5432/mentoring_bench"));
        if (quick) {
            options.warmupIterations(1).measurementIterations(1).warmupTime(TimeValue.seconds(1))
                    .measurementTime(TimeValue.seconds(1));
        }
        return new Runner(options.build()).run();
    }

    private static String report(List<String> databases, Map<String, Map<String, Integer>> statements,
            Collection<RunResult> results, boolean quick) {
        Map<String, RunResult> byKey = new LinkedHashMap<>();
        for (RunResult result : results) {
            String method = result.getParams().getBenchmark();
            method = method.substring(method.lastIndexOf('.') + 1);
            byKey.put(method + "/" + result.getParams().getParam("db"), result);
        }
        StringBuilder md = new StringBuilder();
        md.append("| operation | database | time per operation (ms) | SQL statements |\n|---|---|---:|---:|\n");
        for (String method : LABELS.keySet()) {
            for (String db : databases) {
                RunResult result = byKey.get(method + "/" + db);
                if (result == null) {
                    continue;
                }
                md.append("| ").append(LABELS.get(method)).append(" | ").append(db).append(" | ")
                        .append(String.format(Locale.ROOT, "%.3f \u00b1 %.3f", result.getPrimaryResult().getScore(),
                                result.getPrimaryResult().getScoreError()))
                        .append(" | ").append(statements.get(db).get(method)).append(" |\n");
            }
        }
        md.append('\n');
        for (String db : databases) {
            RunResult app = byKey.get("pairsPage/" + db);
            RunResult scan = byKey.get("contentScanBaseline/" + db);
            if (app != null && scan != null) {
                md.append(String.format(Locale.ROOT, "- %s: the pairs page is %.0f\u00d7 faster than the content scan.%n", db,
                        scan.getPrimaryResult().getScore() / app.getPrimaryResult().getScore()));
            }
        }
        if (quick) {
            md.append("\n(Quick run: one short iteration each; the times are indicative only.)\n");
        }
        return md.toString();
    }
}
