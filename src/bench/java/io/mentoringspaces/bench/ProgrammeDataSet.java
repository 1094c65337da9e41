package io.mentoringspaces.bench;

import io.mentoringspaces.ao.ProgrammeEntity;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.service.PlanFiguresKeeper;
import io.mentoringspaces.service.ReportFigures;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import net.java.ao.Query;

/**
 * A programme of {@code pairs} mentoring spaces with {@code meetingsPerPair} meetings each, written
 * twice from the same random numbers: as the app's rows (plans with their figures, goals, checklist
 * ticks, meeting links) and as the pages a content-scan report would read (a home page with the
 * checklist as a task list, a growth-plan page with a page-properties table per goal, and one
 * meeting page per meeting with a page-properties table holding its date).
 *
 * <p>The rows are written with JDBC batch inserts in one transaction (so that a data set is there
 * whole or not at all), with the columns the app's services write: plan figures as the app computes
 * them from the goal, tick and link rows (no goal agreed by the mentor yet, achieved goals with the
 * day they were achieved, meetings up to the fixed today confirmed held by the mentee). After
 * writing, the app recomputes the figures of a sample of plans from their rows
 * ({@link PlanFiguresKeeper#recount}); a data set whose plan rows differ is refused.
 */
public final class ProgrammeDataSet {

    /** "Today" of every benchmark. */
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    static final int GOALS_PER_PAIR = 10;
    static final int CHECKLIST_ITEMS = 10;
    /** Pairs written per batch of statements. */
    private static final int CHUNK = 100;
    /** Of every this many plans, one has its figures recomputed by the app after writing. */
    private static final int SAMPLE_EVERY = 500;
    /** Meeting pages get ids from here up; the benchmarks' other pages have lower ids. */
    private static final long FIRST_PAGE_ID = 1_000_000L;
    private static final String PLAN = "\"AO_2229CD_GROWTH_PLAN\"";
    private static final String PROGRAMME_TABLE = "\"AO_2229CD_PROGRAMME\"";
    /** The plan column every change increments: left out when comparing a plan row before and after a recount. */
    private static final String REVISION = "REVISION";

    private final String programmeKey;
    private final int pairs;
    private final int meetingsPerPair;

    /** Meetings per pair of the coordinator benchmarks' programme. */
    public static final int MEETINGS_PER_PAIR = 50;

    public ProgrammeDataSet(String programmeKey, int pairs, int meetingsPerPair) {
        this.programmeKey = programmeKey;
        this.pairs = pairs;
        this.meetingsPerPair = meetingsPerPair;
    }

    /**
     * The coordinator benchmarks' programme on a benchmark database: {@code bench.pairs} spaces (10,000
     * by default) with {@value #MEETINGS_PER_PAIR} meetings each; on HSQLDB, which keeps its tables in
     * memory, {@code bench.hsql.pairs} (1,000 by default). Each size is a programme of its own, so
     * data sets of several sizes can share a database.
     */
    public static ProgrammeDataSet forDatabase(String kind) {
        int pairs = kind.equals("hsql") ? Integer.getInteger("bench.hsql.pairs", 1_000) : Integer.getInteger("bench.pairs", 10_000);
        return new ProgrammeDataSet("bench-" + pairs, pairs, MEETINGS_PER_PAIR);
    }

    public String programmeKey() {
        return programmeKey;
    }

    public int pairs() {
        return pairs;
    }

    public int meetingsPerPair() {
        return meetingsPerPair;
    }

    public List<String> spaceKeys() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            keys.add(spaceKey(i));
        }
        return keys;
    }

    private String spaceKey(int pair) {
        return programmeKey.toUpperCase().replace("-", "") + String.format("%05d", pair);
    }

    /** Writes the data set unless the database already holds it; answers the programme's id. */
    public int ensure(BenchDatabase db) throws SQLException {
        ProgrammeEntity[] existing = db.ao().find(ProgrammeEntity.class,
                Query.select().where("PROGRAMME_KEY = ?", programmeKey));
        if (existing.length > 0) {
            return existing[0].getID();
        }
        long started = System.nanoTime();
        int programmeId;
        List<Integer> sample;
        try (Connection connection = db.connection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                ensurePageTable(db, connection);
                long firstPage = firstPageId(connection);
                programmeId = insertProgramme(connection);
                sample = new ArrayList<>();
                Random random = new Random(42);
                for (int from = 0; from < pairs; from += CHUNK) {
                    List<Pair> chunk = new ArrayList<>();
                    for (int pair = from; pair < Math.min(pairs, from + CHUNK); pair++) {
                        chunk.add(pair(pair, firstPage + (long) pair * (meetingsPerPair + 2), random));
                    }
                    writeChunk(connection, programmeId, chunk, sample);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            analyse(db, connection);
        }
        checkFigures(db, sample);
        System.out.printf("Wrote %s: %,d pairs, %,d meeting links, %,d pages in %d s%n", programmeKey, pairs,
                (long) pairs * meetingsPerPair, (long) pairs * (meetingsPerPair + 2), (System.nanoTime() - started) / 1_000_000_000L);
        return programmeId;
    }

    /** What one pair is made of: the plan's agreement, its goals, checklist and meetings. */
    private record Pair(int index, String spaceKey, long firstPageId, Cadence cadence, LocalDate start, List<LocalDate> meetings,
            GoalStatus[] statuses, int[] progress, LocalDate[] achievedOn, boolean[] ticked) {

        long pageId(int meeting) {
            return firstPageId + meeting;
        }
    }

    private Pair pair(int pair, long firstPageId, Random random) {
        Cadence cadence = random.nextInt(10) < 7 ? Cadence.WEEKLY : random.nextBoolean() ? Cadence.FORTNIGHTLY : Cadence.MONTHLY;
        boolean stalled = random.nextInt(10) == 0;
        LocalDate start = TODAY.minusDays(30 + random.nextInt(400));
        List<LocalDate> meetings = new ArrayList<>();
        LocalDate date = start;
        for (int m = 0; m < meetingsPerPair; m++) {
            meetings.add(date);
            date = cadence.after(date, 1).plusDays(random.nextInt(3));
            if (stalled && m == meetingsPerPair / 2) {
                date = date.minusYears(2);
            }
        }
        meetings.sort(null);
        GoalStatus[] statuses = new GoalStatus[GOALS_PER_PAIR];
        int[] progress = new int[GOALS_PER_PAIR];
        LocalDate[] achievedOn = new LocalDate[GOALS_PER_PAIR];
        for (int g = 0; g < GOALS_PER_PAIR; g++) {
            statuses[g] = GoalStatus.values()[random.nextInt(4)];
            progress[g] = random.nextInt(11) * 10;
            int days = random.nextInt(30);
            achievedOn[g] = statuses[g] == GoalStatus.ACHIEVED ? TODAY.minusDays(days) : null;
        }
        boolean[] ticked = new boolean[CHECKLIST_ITEMS];
        for (int c = 0; c < CHECKLIST_ITEMS; c++) {
            ticked[c] = random.nextBoolean();
        }
        return new Pair(pair, spaceKey(pair), firstPageId, cadence, start, meetings, statuses, progress, achievedOn, ticked);
    }

    private int insertProgramme(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + PROGRAMME_TABLE
                + " (\"PROGRAMME_KEY\", \"NAME\", \"COORDINATOR_GROUP\", \"DEFAULT_CADENCE\", \"COORDINATOR_ACCESS\", \"ARCHIVED\","
                + " \"CREATED_AT\") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, programmeKey);
            insert.setString(2, "Benchmark " + programmeKey);
            insert.setString(3, "bench-coordinators");
            insert.setString(4, Cadence.WEEKLY.name());
            insert.setString(5, "METRICS_ONLY");
            insert.setBoolean(6, false);
            insert.setTimestamp(7, new Timestamp(System.currentTimeMillis()));
            insert.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT \"ID\" FROM " + PROGRAMME_TABLE + " WHERE \"PROGRAMME_KEY\" = ?")) {
            select.setString(1, programmeKey);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private void writeChunk(Connection connection, int programmeId, List<Pair> chunk, List<Integer> sample) throws SQLException {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + PLAN + " (\"SPACE_KEY\", \"PROGRAMME_ID\","
                + " \"MENTEE_KEY\", \"MENTOR_KEY\", \"MENTEE_NAME\", \"MENTOR_NAME\", \"START_DATE\", \"CADENCE\", \"STATUS\","
                + " \"CREATED_AT\", \"REVISION\", \"GOALS_TOTAL\", \"GOALS_ACHIEVED\", \"PROGRESS_SUM\", \"GOAL_ACHIEVED_DATES\","
                + " \"GOALS_UNAGREED\", \"CHECKLIST_ITEMS\", \"CHECKLIST_DONE\", \"MEETING_DATES\", \"HELD_DATES\","
                + " \"REPORT_FIGURES\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Pair pair : chunk) {
                int total = 0;
                int progressSum = 0;
                List<String> achieved = new ArrayList<>();
                for (int g = 0; g < GOALS_PER_PAIR; g++) {
                    if (pair.statuses()[g] != GoalStatus.DROPPED) {
                        total++;
                        progressSum += pair.statuses()[g] == GoalStatus.ACHIEVED ? 100 : pair.progress()[g];
                    }
                    if (pair.achievedOn()[g] != null) {
                        achieved.add(pair.achievedOn()[g].toString());
                    }
                }
                achieved.sort(null);
                int done = 0;
                for (boolean tick : pair.ticked()) {
                    done += tick ? 1 : 0;
                }
                int i = 1;
                insert.setString(i++, pair.spaceKey());
                insert.setInt(i++, programmeId);
                insert.setString(i++, "mentee-" + pair.index());
                insert.setString(i++, "mentor-" + pair.index());
                insert.setString(i++, "Mentee " + pair.index());
                insert.setString(i++, "Mentor " + (pair.index() * 7 % pairs));
                insert.setString(i++, pair.start().toString());
                insert.setString(i++, pair.cadence().name());
                insert.setString(i++, "ACTIVE");
                insert.setTimestamp(i++, now);
                insert.setInt(i++, 0);
                insert.setInt(i++, total);
                insert.setInt(i++, achieved.size());
                insert.setInt(i++, progressSum);
                insert.setString(i++, String.join(",", achieved));
                insert.setInt(i++, total);
                insert.setInt(i++, CHECKLIST_ITEMS);
                insert.setInt(i++, done);
                insert.setString(i++, pair.meetings().stream().map(LocalDate::toString).collect(Collectors.joining(",")));
                List<LocalDate> held = pair.meetings().stream().filter(d -> !d.isAfter(TODAY)).toList();
                insert.setString(i++, held.stream().map(LocalDate::toString).collect(Collectors.joining(",")));
                int[] counts = new int[21];
                counts[0] = total;
                counts[1] = achieved.size();
                counts[2] = progressSum;
                counts[3] = CHECKLIST_ITEMS;
                counts[4] = done;
                insert.setString(i, ReportFigures.text(counts, held, achieved.stream().map(LocalDate::parse).toList()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Map<String, Integer> planIds = planIds(connection, programmeId, chunk);
        for (Pair pair : chunk) {
            if (pair.index() % SAMPLE_EVERY == 0) {
                sample.add(planIds.get(pair.spaceKey()));
            }
        }
        writeGoals(connection, chunk, planIds, now);
        writeTicks(connection, chunk, planIds);
        writeLinks(connection, chunk, planIds, now);
        writePages(connection, chunk);
    }

    private static Map<String, Integer> planIds(Connection connection, int programmeId, List<Pair> chunk) throws SQLException {
        Map<String, Integer> ids = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT \"ID\", \"SPACE_KEY\" FROM " + PLAN
                + " WHERE \"PROGRAMME_ID\" = ? AND \"SPACE_KEY\" >= ? AND \"SPACE_KEY\" <= ?")) {
            select.setInt(1, programmeId);
            select.setString(2, chunk.get(0).spaceKey());
            select.setString(3, chunk.get(chunk.size() - 1).spaceKey());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getString(2), rows.getInt(1));
                }
            }
        }
        return ids;
    }

    private static void writeGoals(Connection connection, List<Pair> chunk, Map<String, Integer> planIds, Timestamp now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO \"AO_2229CD_GOAL\" (\"PLAN_ID\", \"GOAL_KEY\","
                + " \"TITLE\", \"STATUS\", \"PAGE_STATUS\", \"PROGRESS_PERCENT\", \"PAGE_POSITION\", \"ARCHIVED\", \"ACHIEVED_ON\","
                + " \"UPDATED_AT\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Pair pair : chunk) {
                for (int g = 0; g < GOALS_PER_PAIR; g++) {
                    insert.setInt(1, planIds.get(pair.spaceKey()));
                    insert.setString(2, "goal-" + g);
                    insert.setString(3, "Goal " + g);
                    insert.setString(4, pair.statuses()[g].name());
                    insert.setString(5, pair.statuses()[g].name());
                    insert.setInt(6, pair.progress()[g]);
                    insert.setInt(7, g);
                    insert.setBoolean(8, false);
                    insert.setString(9, pair.achievedOn()[g] == null ? null : pair.achievedOn()[g].toString());
                    insert.setTimestamp(10, now);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void writeTicks(Connection connection, List<Pair> chunk, Map<String, Integer> planIds) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO \"AO_2229CD_CHECKLIST_TICK\" (\"PLAN_ID\","
                + " \"CHECKLIST_ID\", \"ITEM_KEY\", \"TICK_KEY\", \"DONE\", \"REMOVED\") VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Pair pair : chunk) {
                int planId = planIds.get(pair.spaceKey());
                for (int c = 0; c < CHECKLIST_ITEMS; c++) {
                    insert.setInt(1, planId);
                    insert.setString(2, "mentee");
                    insert.setString(3, "item-" + c);
                    insert.setString(4, planId + "/mentee/item-" + c);
                    insert.setBoolean(5, pair.ticked()[c]);
                    insert.setBoolean(6, false);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void writeLinks(Connection connection, List<Pair> chunk, Map<String, Integer> planIds, Timestamp now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO \"AO_2229CD_MEETING_LINK\" (\"PLAN_ID\","
                + " \"PAGE_ID\", \"MEETING_DATE\", \"EFFECTIVE_DATE\", \"STATE\", \"STATE_BY\", \"STATE_AT\", \"TITLE\","
                + " \"TRASHED\", \"UPDATED_AT\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Pair pair : chunk) {
                for (int m = 0; m < pair.meetings().size(); m++) {
                    LocalDate day = pair.meetings().get(m);
                    boolean held = !day.isAfter(TODAY);
                    insert.setInt(1, planIds.get(pair.spaceKey()));
                    insert.setLong(2, pair.pageId(m));
                    insert.setString(3, day.toString());
                    insert.setString(4, day.toString());
                    insert.setString(5, held ? "HELD" : "PLANNED");
                    insert.setString(6, held ? "mentee-" + pair.index() : null);
                    insert.setTimestamp(7, held ? Timestamp.from(day.atTime(18, 0).toInstant(ZoneOffset.UTC)) : null);
                    insert.setString(8, day + " Mentoring meeting");
                    insert.setBoolean(9, false);
                    insert.setTimestamp(10, now);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private void writePages(Connection connection, List<Pair> chunk) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO BENCH_PAGE (ID, SPACE_KEY, TITLE, LABEL, BODY) VALUES (?, ?, ?, ?, ?)")) {
            for (Pair pair : chunk) {
                String key = pair.spaceKey();
                addPage(insert, pair.pageId(meetingsPerPair), key, "Mentoring space " + key, "mentoring-home",
                        PageBodies.home(pair.ticked()));
                addPage(insert, pair.pageId(meetingsPerPair + 1), key, "Growth plan", "mentoring-growth-plan",
                        PageBodies.growthPlan(pair.statuses(), pair.progress()));
                for (int m = 0; m < pair.meetings().size(); m++) {
                    addPage(insert, pair.pageId(m), key, pair.meetings().get(m) + " Mentoring meeting", "mentoring-meeting",
                            PageBodies.meeting(pair.meetings().get(m), "Mentee " + pair.index(), m));
                }
            }
            insert.executeBatch();
        }
    }

    private static void addPage(PreparedStatement insert, long id, String spaceKey, String title, String label, String body)
            throws SQLException {
        insert.setLong(1, id);
        insert.setString(2, spaceKey);
        insert.setString(3, title);
        insert.setString(4, label);
        insert.setString(5, body);
        insert.addBatch();
    }

    /**
     * On PostgreSQL, updates the planner's statistics of the tables just filled, as autovacuum would
     * soon after such a load, so that every run plans its queries on the same statistics.
     */
    private static void analyse(BenchDatabase db, Connection connection) throws SQLException {
        if (!db.kind().equals("postgres")) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String table : List.of(PROGRAMME_TABLE, PLAN, "\"AO_2229CD_GOAL\"", "\"AO_2229CD_CHECKLIST_TICK\"",
                    "\"AO_2229CD_MEETING_LINK\"", "BENCH_PAGE")) {
                statement.execute("ANALYZE " + table);
            }
        }
    }

    /** The pages' table of the content-scan baseline, made with the first data set of the database. */
    private static void ensurePageTable(BenchDatabase db, Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : List.of("BENCH_PAGE", "bench_page")) {
            try (ResultSet tables = meta.getTables(null, null, name, null)) {
                if (tables.next()) {
                    return;
                }
            }
        }
        String text = db.kind().equals("postgres") ? "TEXT" : "LONGVARCHAR";
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE BENCH_PAGE (ID BIGINT PRIMARY KEY, SPACE_KEY VARCHAR(255) NOT NULL, "
                    + "TITLE VARCHAR(255) NOT NULL, LABEL VARCHAR(64) NOT NULL, BODY " + text + " NOT NULL)");
            statement.execute("CREATE INDEX BENCH_PAGE_SPACE ON BENCH_PAGE (SPACE_KEY)");
        }
    }

    /** The first page id after those of the data sets already written (a page is linked to one meeting at most). */
    private static long firstPageId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT MAX(ID) FROM BENCH_PAGE")) {
            row.next();
            return Math.max(FIRST_PAGE_ID, row.getLong(1) + 1);
        }
    }

    /**
     * Has the app recompute the figures of the sampled plans from their goal, tick and link rows, and
     * refuses the data set if any plan row changes (its revision apart).
     */
    private static void checkFigures(BenchDatabase db, List<Integer> sample) throws SQLException {
        PlanFiguresKeeper keeper = new PlanFiguresKeeper(db.ao(), ZoneOffset.UTC);
        for (int planId : sample) {
            Map<String, Object> written = planRow(db, planId);
            db.ao().executeInTransaction(() -> {
                keeper.recount(planId);
                return null;
            });
            Map<String, Object> recounted = planRow(db, planId);
            if (!written.equals(recounted)) {
                throw new IllegalStateException("Plan " + planId + " as written: " + written + "; as the app computes it: "
                        + recounted);
            }
        }
        System.out.printf("The app computes the same plan figures as written for the %d sampled plans%n", sample.size());
    }

    private static Map<String, Object> planRow(BenchDatabase db, int planId) throws SQLException {
        Map<String, Object> row = new HashMap<>();
        try (Connection connection = db.connection();
                PreparedStatement select = connection.prepareStatement("SELECT * FROM " + PLAN + " WHERE \"ID\" = ?")) {
            select.setInt(1, planId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                ResultSetMetaData meta = rows.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    if (!meta.getColumnName(i).equalsIgnoreCase(REVISION)) {
                        row.put(meta.getColumnName(i).toUpperCase(), normalised(rows.getObject(i)));
                    }
                }
            }
        }
        return row;
    }

    /** Empty joined lists are written as the empty string by the app and may read back as null on some databases. */
    private static Object normalised(Object value) {
        return "".equals(value) ? null : value;
    }
}
