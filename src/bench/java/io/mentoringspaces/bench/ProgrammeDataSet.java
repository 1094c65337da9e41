package io.mentoringspaces.bench;

import io.mentoringspaces.ao.ChecklistTickEntity;
import io.mentoringspaces.ao.GoalEntity;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.ao.MeetingLinkEntity;
import io.mentoringspaces.ao.ProgrammeEntity;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.GoalStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * A programme of {@code pairs} mentoring spaces with {@code meetingsPerPair} meetings each, written
 * twice from the same random numbers: as the app's rows (plans with their figures, goals, checklist
 * ticks, meeting links) and as the pages a content-scan report would read (a home page with the
 * checklist as a task list, a growth-plan page with a page-properties table per goal, and one
 * meeting page per meeting with a page-properties table holding its date).
 */
public final class ProgrammeDataSet {

    /** "Today" of every benchmark. */
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    static final int GOALS_PER_PAIR = 10;
    static final int CHECKLIST_ITEMS = 10;

    private final String programmeKey;
    private final int pairs;
    private final int meetingsPerPair;

    public ProgrammeDataSet(String programmeKey, int pairs, int meetingsPerPair) {
        this.programmeKey = programmeKey;
        this.pairs = pairs;
        this.meetingsPerPair = meetingsPerPair;
    }

    public String programmeKey() {
        return programmeKey;
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

    /** Writes the data set unless the database already holds it. */
    public int ensure(BenchDatabase db) throws SQLException {
        ProgrammeEntity[] existing = db.ao().find(ProgrammeEntity.class,
                Query.select().where("PROGRAMME_KEY = ?", programmeKey));
        if (existing.length > 0) {
            return existing[0].getID();
        }
        createPageTable(db);
        ProgrammeEntity programme = db.ao().create(ProgrammeEntity.class,
                new DBParam("PROGRAMME_KEY", programmeKey), new DBParam("NAME", "Benchmark " + programmeKey),
                new DBParam("DEFAULT_CADENCE", "WEEKLY"), new DBParam("COORDINATOR_ACCESS", "METRICS_ONLY"),
                new DBParam("ARCHIVED", false), new DBParam("CREATED_AT", new Date()));
        programme.setCoordinatorGroup("bench-coordinators");
        programme.save();
        Random random = new Random(42);
        for (int pair = 0; pair < pairs; pair++) {
            writePair(db, programme.getID(), pair, random);
        }
        return programme.getID();
    }

    private void writePair(BenchDatabase db, int programmeId, int pair, Random random) throws SQLException {
        String spaceKey = spaceKey(pair);
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
        int[] progress = new int[GOALS_PER_PAIR];
        GoalStatus[] statuses = new GoalStatus[GOALS_PER_PAIR];
        int achieved = 0;
        int total = 0;
        int progressSum = 0;
        for (int g = 0; g < GOALS_PER_PAIR; g++) {
            statuses[g] = GoalStatus.values()[random.nextInt(4)];
            progress[g] = random.nextInt(11) * 10;
            if (statuses[g] != GoalStatus.DROPPED) {
                total++;
                achieved += statuses[g] == GoalStatus.ACHIEVED ? 1 : 0;
                progressSum += statuses[g] == GoalStatus.ACHIEVED ? 100 : progress[g];
            }
        }
        boolean[] ticked = new boolean[CHECKLIST_ITEMS];
        int done = 0;
        for (int c = 0; c < CHECKLIST_ITEMS; c++) {
            ticked[c] = random.nextBoolean();
            done += ticked[c] ? 1 : 0;
        }
        GrowthPlanEntity plan = db.ao().create(GrowthPlanEntity.class,
                new DBParam("SPACE_KEY", spaceKey), new DBParam("PROGRAMME_ID", programmeId),
                new DBParam("MENTEE_KEY", "mentee-" + pair), new DBParam("MENTOR_KEY", "mentor-" + pair),
                new DBParam("MENTEE_NAME", "Mentee " + pair), new DBParam("MENTOR_NAME", "Mentor " + (pair * 7 % pairs)),
                new DBParam("START_DATE", start.toString()), new DBParam("CADENCE", cadence.name()),
                new DBParam("STATUS", "ACTIVE"), new DBParam("CREATED_AT", new Date()), new DBParam("REVISION", 0),
                new DBParam("GOALS_TOTAL", total), new DBParam("GOALS_ACHIEVED", achieved),
                new DBParam("PROGRESS_SUM", progressSum), new DBParam("CHECKLIST_ITEMS", CHECKLIST_ITEMS),
                new DBParam("CHECKLIST_DONE", done));
        plan.setMeetingDates(meetings.stream().map(LocalDate::toString).collect(Collectors.joining(",")));
        plan.setHeldDates(meetings.stream().filter(d -> !d.isAfter(TODAY)).map(LocalDate::toString).collect(Collectors.joining(",")));
        plan.save();
        Date now = new Date();
        List<Map<String, Object>> goals = new ArrayList<>();
        for (int g = 0; g < GOALS_PER_PAIR; g++) {
            goals.add(row("PLAN_ID", plan.getID(), "GOAL_KEY", "goal-" + g, "TITLE", "Goal " + g, "STATUS", statuses[g].name(),
                    "PAGE_STATUS", statuses[g].name(), "PROGRESS_PERCENT", progress[g], "PAGE_POSITION", g, "ARCHIVED", false,
                    "UPDATED_AT", now));
        }
        db.ao().create(GoalEntity.class, goals);
        List<Map<String, Object>> ticks = new ArrayList<>();
        for (int c = 0; c < CHECKLIST_ITEMS; c++) {
            ticks.add(row("PLAN_ID", plan.getID(), "CHECKLIST_ID", "mentee", "ITEM_KEY", "item-" + c,
                    "TICK_KEY", plan.getID() + "/mentee/item-" + c, "DONE", ticked[c], "REMOVED", false));
        }
        db.ao().create(ChecklistTickEntity.class, ticks);
        List<Map<String, Object>> links = new ArrayList<>();
        for (int m = 0; m < meetings.size(); m++) {
            LocalDate day = meetings.get(m);
            links.add(row("PLAN_ID", plan.getID(), "PAGE_ID", pageId(pair, m), "MEETING_DATE", day.toString(),
                    "EFFECTIVE_DATE", day.toString(), "STATE", day.isAfter(TODAY) ? "PLANNED" : "HELD",
                    "TITLE", day + " Mentoring meeting", "TRASHED", false, "UPDATED_AT", now));
        }
        db.ao().create(MeetingLinkEntity.class, links);
        writePages(db, pair, spaceKey, statuses, progress, ticked, meetings);
    }

    private static long pageId(int pair, int index) {
        return 1_000_000L + pair * 1_000L + index;
    }

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

    private static void createPageTable(BenchDatabase db) throws SQLException {
        String text = db.kind().equals("postgres") ? "TEXT" : "LONGVARCHAR";
        try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE BENCH_PAGE (ID BIGINT PRIMARY KEY, SPACE_KEY VARCHAR(255) NOT NULL, "
                    + "TITLE VARCHAR(255) NOT NULL, LABEL VARCHAR(64) NOT NULL, BODY " + text + " NOT NULL)");
            statement.execute("CREATE INDEX BENCH_PAGE_SPACE ON BENCH_PAGE (SPACE_KEY)");
        }
    }

    private void writePages(BenchDatabase db, int pair, String spaceKey, GoalStatus[] statuses, int[] progress,
            boolean[] ticked, List<LocalDate> meetings) throws SQLException {
        try (Connection connection = db.connection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO BENCH_PAGE (ID, SPACE_KEY, TITLE, LABEL, BODY) VALUES (?, ?, ?, ?, ?)")) {
            add(insert, pageId(pair, 998), spaceKey, "Mentoring space " + spaceKey, "mentoring-home",
                    PageBodies.home(ticked));
            add(insert, pageId(pair, 999), spaceKey, "Growth plan", "mentoring-growth-plan",
                    PageBodies.growthPlan(statuses, progress));
            for (int m = 0; m < meetings.size(); m++) {
                add(insert, pageId(pair, m), spaceKey, meetings.get(m) + " Mentoring meeting", "mentoring-meeting",
                        PageBodies.meeting(meetings.get(m), "Mentee " + pair, m));
            }
            insert.executeBatch();
        }
    }

    private static void add(PreparedStatement insert, long id, String spaceKey, String title, String label, String body)
            throws SQLException {
        insert.setLong(1, id);
        insert.setString(2, spaceKey);
        insert.setString(3, title);
        insert.setString(4, label);
        insert.setString(5, body);
        insert.addBatch();
    }
}
