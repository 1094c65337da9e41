package io.mentoringspaces.bench;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.pages.Page;
import com.atlassian.sal.api.message.I18nResolver;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.confluence.DeviceType;
import io.mentoringspaces.confluence.OutputType;
import io.mentoringspaces.confluence.Storage;
import io.mentoringspaces.confluence.TestUser;
import io.mentoringspaces.index.PageIndexer;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.ChecklistKeys;
import io.mentoringspaces.model.FeedbackSide;
import io.mentoringspaces.model.GoalDefinition;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingPageContent;
import io.mentoringspaces.model.MeetingState;
import io.mentoringspaces.model.MyPair;
import io.mentoringspaces.model.NewPlan;
import io.mentoringspaces.model.PageTask;
import io.mentoringspaces.model.PairPage;
import io.mentoringspaces.model.PairQuery;
import io.mentoringspaces.model.PairStatus;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.model.WrittenItem;
import io.mentoringspaces.rest.PairsCsv;
import io.mentoringspaces.service.CadenceCalculator;
import io.mentoringspaces.service.ChecklistService;
import io.mentoringspaces.service.FeedbackService;
import io.mentoringspaces.service.GoalService;
import io.mentoringspaces.service.MeetingService;
import io.mentoringspaces.service.MyMentoringService;
import io.mentoringspaces.service.PlanService;
import io.mentoringspaces.service.ProgrammeReportService;
import io.mentoringspaces.service.ProgrammeService;
import io.mentoringspaces.service.ReminderService;
import io.mentoringspaces.storage.StorageFormatException;
import io.mentoringspaces.storage.StorageReader;
import io.mentoringspaces.testsupport.MentoringSpace;
import io.mentoringspaces.testsupport.PlanRows;
import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;

/**
 * The operations the benchmarks time, each as Confluence would run it: the app, started in the test
 * Confluence on a benchmark database (its macros executed with Confluence's conversion context, its
 * services and page index), and the content-scan baseline beside them. The data they need is written
 * on first use and kept in the database.
 */
public final class Operations {

    static final Clock CLOCK = Clock.fixed(ProgrammeDataSet.TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    static final int GOALS = 20;
    static final int UPDATES_PER_GOAL = 10;
    static final int CHECKLIST_ITEMS = 100;
    static final int MEETINGS = 200;
    static final int INDEXED_GOALS = 30;
    private static final long MEETING_PAGE = 5000;
    private static final String AIMS = "<p>Agree the next steps of the project.</p>";
    private static final String MENTEE_FEEDBACK = "<p>The examples helped.</p>";
    private static final String MENTOR_FEEDBACK = "<ul><li>Suggestion 199 a</li><li>Suggestion 199 b</li></ul>";
    /** The latest of the macro plan's meetings: its page holds the meeting page's fourteen macros. */
    private static final long LATEST_MEETING = MEETING_PAGE + MEETINGS - 1;
    private static final long INDEX_PAGE = 6000;
    static final int MY_PAIRS = 100;
    static final int MY_MEETINGS = 5;
    /** The mentor of the "My mentoring" benchmark's pairs. */
    private static final String MY_MENTOR = "moe";
    private static final long MY_FIRST_PAGE = 7000;

    private final BenchDatabase db;
    private final ProgrammeDataSet programmeData;
    private final ConfluenceDouble confluence;
    private final ProgrammeService programmes;
    private final PlanService plans;
    private final GoalService goals;
    private final ChecklistService checklists;
    private final MeetingService meetings;
    private final GrowthPlan plan;
    private final String checklistBody;
    private final Programme programme;
    private final ProgrammeReportService reports;
    private final ContentScanReport baseline;
    private final Map<String, ContentScanReport.Agreement> agreements = new LinkedHashMap<>();
    private final Page growthPlanPage;
    private final String[] growthPlanBodies = new String[2];
    private final PageIndexer indexer;
    private final ReminderService reminders;
    private int indexRound;
    private final MyMentoringService myMentoring;
    private final TestUser myMentor;

    public Operations(BenchDatabase db) throws SQLException {
        this.db = db;
        programmeData = ProgrammeDataSet.forDatabase(db.kind());
        programmeData.ensure(db);
        confluence = new ConfluenceDouble(CLOCK);
        confluence.startApp(db.ao());
        MentoringSpace.givenConfluence(confluence);
        programmes = confluence.app().bean("programmeService", ProgrammeService.class);
        plans = confluence.app().bean("planService", PlanService.class);
        goals = confluence.app().bean("goalService", GoalService.class);
        checklists = confluence.app().bean("checklistService", ChecklistService.class);
        meetings = confluence.app().bean("meetingService", MeetingService.class);
        checklistBody = checklistBody();
        plan = macroPlan();
        confluence.page(MentoringSpace.GROWTH_PLAN_PAGE).setBodyAsString(checklistPage());
        confluence.page(MEETING_PAGE).setBodyAsString(checklistPage());
        confluence.page(LATEST_MEETING).setBodyAsString(meetingPageStorage());
        programme = programmes.getByKey(programmeData.programmeKey());
        reports = new ProgrammeReportService(db.ao(), new CadenceCalculator(CLOCK));
        baseline = new ContentScanReport(new CadenceCalculator(CLOCK));
        for (GrowthPlanEntity row : db.ao().find(GrowthPlanEntity.class,
                Query.select().where("PROGRAMME_ID = ?", programme.id()))) {
            agreements.put(row.getSpaceKey(), new ContentScanReport.Agreement(LocalDate.parse(row.getStartDate()),
                    Cadence.valueOf(row.getCadence())));
        }
        growthPlanPage = confluence.page(INDEX_PAGE, MentoringSpace.SPACE, null, "Growth plan (index benchmark)", "");
        growthPlanPage.getLabels().add(new Label("mentoring-growth-plan"));
        growthPlanBodies[0] = growthPlanBody(GoalStatus.IN_PROGRESS);
        growthPlanBodies[1] = growthPlanBody(GoalStatus.ACHIEVED);
        indexer = confluence.app().bean("pageIndexer", PageIndexer.class);
        reminders = confluence.app().bean("reminderService", ReminderService.class);
        myMentor = confluence.user(MY_MENTOR, "Moe Mentor");
        myMentoring = confluence.app().bean("myMentoringService", MyMentoringService.class);
        myMentoringPairs();
    }

    /**
     * The "My mentoring" benchmark's pairs: a mentor of 100 pairs of programme {@code grad}, weekly,
     * each with 5 held meetings rated by both sides, each meeting's page with an open action item
     * assigned to the mentor, and a goal whose target the mentor has not agreed to. The spaces and
     * pages are the test Confluence's, made again on every start; the app's rows stay in the database.
     */
    private void myMentoringPairs() {
        for (int p = 0; p < MY_PAIRS; p++) {
            confluence.space(mySpace(p), "Mentoring of mentee " + p);
            confluence.editor(mySpace(p), MY_MENTOR);
            for (int m = 0; m < MY_MEETINGS; m++) {
                confluence.page(myPage(p, m), mySpace(p), null, myMeetingDate(m) + " Mentoring meeting", "");
            }
        }
        if (plans.findBySpaceKey(mySpace(0)).isPresent()) {
            return;
        }
        FeedbackService feedback = confluence.app().bean("feedbackService", FeedbackService.class);
        String mentorKey = myMentor.getKey().getStringValue();
        for (int p = 0; p < MY_PAIRS; p++) {
            GrowthPlan pair = PlanRows.activeSinceStart(db.ao(), plans, plans.create(new NewPlan(mySpace(p), "grad",
                    "key-my-mentee-" + p, "Mentee " + p, mentorKey, "Moe Mentor", myMeetingDate(0), Cadence.WEEKLY)));
            goals.replaceGoalIndex(pair.id(), List.of(new GoalDefinition("goal", "Goal", "Target", null, GoalStatus.NOT_STARTED)));
            for (int m = 0; m < MY_MEETINGS; m++) {
                long page = myPage(p, m);
                meetings.link(pair.id(), page, myMeetingDate(m), myMeetingDate(m) + " Mentoring meeting");
                meetings.setState(page, MeetingState.HELD, null, pair.menteeKey());
                feedback.setPulse(page, FeedbackSide.MENTEE, 4, pair.menteeKey());
                feedback.setPulse(page, FeedbackSide.MENTOR, 5, mentorKey);
                meetings.syncPage(page, new MeetingPageContent(false, myMeetingDate(m).minusDays(2).atTime(9, 0)
                        .toInstant(ZoneOffset.UTC), List.of(new PageTask("1", false, "Action item " + m, mentorKey, null)),
                        Map.of(), List.of()));
            }
        }
    }

    private static String mySpace(int pair) {
        return String.format("MY%03d", pair);
    }

    private static long myPage(int pair, int meeting) {
        return MY_FIRST_PAGE + (long) pair * MY_MEETINGS + meeting;
    }

    private static LocalDate myMeetingDate(int meeting) {
        return ProgrammeDataSet.TODAY.minusWeeks(MY_MEETINGS - meeting);
    }

    /**
     * The macro benchmarks' plan: 20 goals with 10 updates each, a 100-item checklist, 200 weekly
     * meetings, those up to the fixed today confirmed held and the later ones planned.
     */
    private GrowthPlan macroPlan() {
        if (plans.findBySpaceKey(MentoringSpace.SPACE).isPresent()) {
            GrowthPlan existing = plans.getBySpaceKey(MentoringSpace.SPACE);
            for (int m = 0; m < MEETINGS; m++) {
                confluence.page(MEETING_PAGE + m, MentoringSpace.SPACE, null, meetingDate(m) + " Mentoring meeting", "");
            }
            return existing;
        }
        GrowthPlan created = MentoringSpace.givenPlan(db.ao(), programmes, plans);
        List<GoalDefinition> definitions = new ArrayList<>();
        for (int g = 0; g < GOALS; g++) {
            definitions.add(new GoalDefinition("goal-" + g, "Goal " + g, "Target " + g, LocalDate.of(2026, 9, 30),
                    GoalStatus.IN_PROGRESS));
        }
        goals.replaceGoalIndex(created.id(), definitions);
        for (int m = 0; m < MEETINGS; m++) {
            LocalDate date = meetingDate(m);
            confluence.page(MEETING_PAGE + m, MentoringSpace.SPACE, null, date + " Mentoring meeting", "");
            meetings.link(created.id(), MEETING_PAGE + m, date, date + " Mentoring meeting");
            if (!date.isAfter(ProgrammeDataSet.TODAY)) {
                meetings.setState(MEETING_PAGE + m, MeetingState.HELD, null, created.menteeKey());
            }
            meetings.syncPage(MEETING_PAGE + m, meetingContent(m, date));
        }
        for (int u = 0; u < UPDATES_PER_GOAL; u++) {
            for (int g = 0; g < GOALS; g++) {
                goals.recordProgress(created.id(), "goal-" + g, (u + 1) * 10, GoalStatus.IN_PROGRESS,
                        "Update " + u, "key-mia", MEETING_PAGE + u);
            }
        }
        List<ChecklistEntry> entries = checklistEntries();
        List<String> keys = ChecklistKeys.assign(entries, List.of());
        for (int i = 0; i < CHECKLIST_ITEMS; i += 3) {
            checklists.tick(created.id(), "mentee", entries, keys.get(i), true, "key-mia");
        }
        return created;
    }

    /**
     * What the index keeps of meeting {@code m}'s page: its aims written two days ahead, an open action
     * item and a completed one, both sides' feedback and two suggestions of the mentor.
     */
    private static MeetingPageContent meetingContent(int m, LocalDate date) {
        String[] suggestions = {"Suggestion " + m + " a", "Suggestion " + m + " b"};
        return new MeetingPageContent(true, date.minusDays(2).atTime(9, 0).toInstant(ZoneOffset.UTC),
                List.of(new PageTask("1", false, "Action item " + m, "key-mia", date.plusWeeks(1)),
                        new PageTask("2", true, "Completed item " + m, null, null)),
                Map.of(FeedbackSide.MENTEE, "Feedback to the mentor " + m, FeedbackSide.MENTOR, "Suggestions " + m),
                Arrays.stream(suggestions).map(text -> new WrittenItem(ChecklistEntry.written(text), text)).toList());
    }

    /** The storage format of the latest meeting's page: the meeting record, ten macros, the action items and both sides' feedback. */
    private String meetingPageStorage() {
        StringBuilder page = new StringBuilder(Storage.macro("mentoring-meeting", Map.of(), AIMS));
        for (int g = 0; g < 7; g++) {
            page.append(Storage.macro("mentoring-goal-progress", Map.of("goalKey", "goal-" + g), null));
        }
        page.append(Storage.macro("mentoring-goal-progress", Map.of(), null))
                .append(checklistPage())
                .append(Storage.macro("mentoring-meetings", Map.of(), null))
                .append(Storage.macro("mentoring-action-items", Map.of(), null))
                .append(Storage.macro("mentoring-feedback", Map.of("side", "mentee"), MENTEE_FEEDBACK))
                .append(Storage.macro("mentoring-feedback", Map.of("side", "mentor"), MENTOR_FEEDBACK));
        return page.toString();
    }

    private static LocalDate meetingDate(int m) {
        return LocalDate.of(2022, 6, 6).plusWeeks(m);
    }

    /** The storage format of a page holding the 100-item checklist: the macro reads its items from there. */
    private String checklistPage() {
        return "<h2>Checklist</h2><ac:structured-macro ac:name=\"mentoring-checklist\"><ac:rich-text-body>" + checklistBody
                + "</ac:rich-text-body></ac:structured-macro>";
    }

    private List<ChecklistEntry> checklistEntries() {
        try {
            return StorageReader.read(checklistPage()).checklist("mentee").orElseThrow();
        } catch (StorageFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The checklist's list items: both the body Confluence hands the macro (as HTML) and its storage format. */
    private static String checklistBody() {
        StringBuilder body = new StringBuilder("<ul>");
        for (int i = 0; i < CHECKLIST_ITEMS; i++) {
            body.append("<li>Checklist item number ").append(i).append("</li>");
        }
        return body.append("</ul>").toString();
    }

    private static String growthPlanBody(GoalStatus lastStatus) {
        StringBuilder body = new StringBuilder("<h2>Objectives</h2>");
        for (int g = 0; g < INDEXED_GOALS; g++) {
            String status = g == INDEXED_GOALS - 1 ? lastStatus.name().toLowerCase().replace('_', '-') : "in-progress";
            body.append("<ac:structured-macro ac:name=\"mentoring-goal\"><ac:parameter ac:name=\"goalKey\">indexed-")
                    .append(g).append("</ac:parameter><ac:parameter ac:name=\"title\">Indexed goal ").append(g)
                    .append("</ac:parameter><ac:parameter ac:name=\"target\">Target&nbsp;").append(g)
                    .append("</ac:parameter><ac:parameter ac:name=\"status\">").append(status)
                    .append("</ac:parameter><ac:rich-text-body><p>Steps of goal ").append(g)
                    .append("</p></ac:rich-text-body></ac:structured-macro>");
        }
        return body.toString();
    }

    private String render(String macro, Map<String, String> parameters, String body, ConversionContext context) {
        try {
            return confluence.app().macros().get(macro).execute(parameters, body, context);
        } catch (MacroExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A display conversion of the page for mia on a desktop browser, as a page view starts one. */
    private ConversionContext display(long pageId) {
        confluence.loginAs("mia");
        return confluence.conversion(confluence.page(pageId), MentoringSpace.SPACE, OutputType.DISPLAY, DeviceType.DESKTOP);
    }

    /** One goal card with its progress history. */
    public String goalCard() {
        return render("mentoring-goal", Map.of("goalKey", "goal-0", "title", "Goal 0", "target", "Target 0",
                "status", "in-progress"), "<p>Steps</p>", display(MentoringSpace.GROWTH_PLAN_PAGE));
    }

    /** The progress of all 20 goals with their history. */
    public String goalProgressAll() {
        return render("mentoring-goal-progress", Map.of(), null, display(MEETING_PAGE));
    }

    /** The 100-item checklist. */
    public String checklist() {
        return render("mentoring-checklist", Map.of(), checklistBody, display(MentoringSpace.GROWTH_PLAN_PAGE));
    }

    /** The timeline and cadence figures of 200 meetings. */
    public String meetings() {
        return render("mentoring-meetings", Map.of(), null, display(MentoringSpace.GROWTH_PLAN_PAGE));
    }

    /**
     * The latest meeting's page as the mentee views it, rendered in one conversion: the meeting record,
     * 10 of the app's macros, the open action items of the 199 earlier meetings and both sides' feedback.
     */
    public int meetingPage() {
        ConversionContext context = display(LATEST_MEETING);
        int length = render("mentoring-meeting", Map.of(), AIMS, context).length();
        for (int g = 0; g < 7; g++) {
            length += render("mentoring-goal-progress", Map.of("goalKey", "goal-" + g), null, context).length();
        }
        length += render("mentoring-goal-progress", Map.of(), null, context).length();
        length += render("mentoring-checklist", Map.of(), checklistBody, context).length();
        length += render("mentoring-meetings", Map.of(), null, context).length();
        length += render("mentoring-action-items", Map.of(), null, context).length();
        length += render("mentoring-feedback", Map.of("side", "mentee"), MENTEE_FEEDBACK, context).length();
        length += render("mentoring-feedback", Map.of("side", "mentor"), MENTOR_FEEDBACK, context).length();
        return length;
    }

    /** One page of the coordinator's pairs table (25 rows, most urgent first), as the REST API reads it. */
    public PairPage pairsPage() {
        Programme current = programmes.getByKey(programmeData.programmeKey());
        return reports.report(current, PairQuery.firstPage(25)).page();
    }

    /** The CSV export of every pair of the programme. */
    public long csv() {
        CountingWriter out = new CountingWriter();
        PairsCsv csv = new PairsCsv(out);
        Programme current = programmes.getByKey(programmeData.programmeKey());
        try {
            csv.header(confluence.service(I18nResolver.class));
            reports.forEachPair(current, PairQuery.firstPage(100), row -> {
                try {
                    csv.row(row);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.characters;
    }

    /** The "My mentoring" page's pairs of a mentor of 100 pairs, most urgent first. */
    public List<MyPair> myMentoring() {
        return myMentoring.pairs(myMentor);
    }

    /** Saving the growth-plan page with 30 goal macros (one goal's status changes each time). */
    public void indexUpdate() {
        growthPlanPage.setBodyAsString(growthPlanBodies[indexRound++ % 2]);
        indexer.pageUpdated(growthPlanPage);
    }

    /** What the daily reminder job finds due today over every active plan of the database. */
    public ReminderService.Due dueNotices() {
        return reminders.due(ProgrammeDataSet.TODAY);
    }

    /** The coordinator benchmarks' programme on this database. */
    public ProgrammeDataSet programmeData() {
        return programmeData;
    }

    /**
     * The same pairs table computed from the page bodies. The scan runs in a read-only transaction, so
     * that PostgreSQL's driver streams the rows by the fetch size instead of holding them all.
     */
    public List<PairFigures> contentScan() {
        try (Connection connection = db.connection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                return baseline.pairs(connection, agreements);
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every pair of the programme as the app computes it, for comparison with the baseline. */
    public List<PairFigures> appPairs() {
        List<PairFigures> figures = new ArrayList<>();
        reports.forEachPair(programme, PairQuery.firstPage(100), row -> figures.add(new PairFigures(row.spaceKey(),
                row.goalsAchieved(), row.goalsTotal(), row.averageProgress(), row.checklistPercent(), row.meetingsHeld(),
                row.meetingsExpected(), row.lastMeeting(), row.adherencePercent(), row.status() == PairStatus.STALLED)));
        figures.sort(Comparator.comparing(PairFigures::spaceKey));
        return figures;
    }

    /** The baseline's rows in the same order. */
    public List<PairFigures> baselinePairs() {
        List<PairFigures> figures = new ArrayList<>(contentScan());
        figures.sort(Comparator.comparing(PairFigures::spaceKey));
        return figures;
    }

    /** A writer that only counts. */
    private static final class CountingWriter extends Writer {
        long characters;

        @Override
        public void write(char[] buffer, int offset, int length) {
            characters += length;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
