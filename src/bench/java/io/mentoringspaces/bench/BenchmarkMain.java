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

    /**
     * Operation label by JMH benchmark method; in the coordinator labels, {@code %1$s} is the
     * programme's number of pairs, {@code %2$s} of meetings and {@code %3$s} of pages.
     */
    private static final Map<String, String> LABELS = new LinkedHashMap<>();
    /** Statements an operation must take, by JMH benchmark method: the run stops before timing anything if one takes another number. */
    private static final Map<String, Integer> BUDGETS = Map.of("pairsPage", 2, "pairsCsv", 2, "myMentoringOfHundredPairs", 3);

    static {
        LABELS.put("goalCard", "Goal card (goal macro, 10 updates)");
        LABELS.put("goalProgressOfTwentyGoals", "Goal progress macro, 20 goals \u00d7 10 updates");
        LABELS.put("checklistOfHundredItems", "Checklist macro, 100 items");
        LABELS.put("meetingsOfTwoHundredMeetings", "Meetings macro, 200 meetings");
        LABELS.put("meetingPageWithAllMacros", "Meeting page with 14 macros (record, 10 macros, action items, feedback), 200 meetings");
        LABELS.put("pairsPage", "Coordinator pairs page, %1$s pairs / %2$s meetings");
        LABELS.put("pairsCsv", "Coordinator CSV, %1$s pairs");
        LABELS.put("contentScanBaseline", "Baseline: pairs table by scanning %3$s page bodies");
        LABELS.put("myMentoringOfHundredPairs", "My mentoring, a mentor of 100 pairs (5 held meetings, 5 open items each)");
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

    /** The label of an operation on a database, with the size of that database's programme. */
    private static String label(String method, String db) {
        ProgrammeDataSet programme = ProgrammeDataSet.forDatabase(db);
        long pairs = programme.pairs();
        long meetings = pairs * programme.meetingsPerPair();
        return String.format(Locale.ROOT, LABELS.get(method), String.format(Locale.ENGLISH, "%,d", pairs),
                String.format(Locale.ENGLISH, "%,d", meetings), String.format(Locale.ENGLISH, "%,d", meetings + 2 * pairs));
    }

    private static Map<String, Integer> measureStatements(String db) throws SQLException {
        System.out.println("Preparing " + db + " (the first run generates the data sets)...");
        try (BenchDatabase database = BenchDatabase.open(db)) {
            Operations ops = new Operations(database);
            List<PairFigures> app = ops.appPairs();
            if (app.size() != ops.programmeData().pairs() || !app.equals(ops.baselinePairs())) {
                throw new IllegalStateException("The app and the content-scan baseline disagree on the pairs table");
            }
            System.out.printf("The app and the content-scan baseline compute the same pairs table: %,d pairs on %s%n",
                    app.size(), db);
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
            counts.put("myMentoringOfHundredPairs", count(ops::myMentoring));
            counts.put("growthPlanSaveWithThirtyGoals", count(() -> {
                ops.indexUpdate();
                return null;
            }));
            BUDGETS.forEach((method, budget) -> {
                if (counts.get(method) != budget) {
                    throw new IllegalStateException(method + " took " + counts.get(method) + " statements on " + db
                            + " instead of " + budget);
                }
            });
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
                                "jdbc:postgresql://localhost:5432/mentoring_bench"),
                        "-Dbench.pairs=" + ProgrammeDataSet.forDatabase("postgres").pairs(),
                        "-Dbench.hsql.pairs=" + ProgrammeDataSet.forDatabase("hsql").pairs());
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
                md.append("| ").append(label(method, db)).append(" | ").append(db).append(" | ")
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
