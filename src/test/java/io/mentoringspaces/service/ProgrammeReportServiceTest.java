package io.mentoringspaces.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.GoalDefinition;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingState;
import io.mentoringspaces.model.MonthlyCounts;
import io.mentoringspaces.model.NewPlan;
import io.mentoringspaces.model.PairQuery;
import io.mentoringspaces.model.PairRow;
import io.mentoringspaces.model.PairSort;
import io.mentoringspaces.model.PairStatus;
import io.mentoringspaces.model.PlanStatus;
import io.mentoringspaces.model.PracticeFigures;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.model.ProgrammeReport;
import io.mentoringspaces.model.ProgrammeSummary;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.ProgrammeRows;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

/** The figures coordinators see, computed from the plan rows on a real database. */
public class ProgrammeReportServiceTest extends DatabaseTest {

    private ProgrammeReportService reports;
    private Programme programme;

    @Before
    public void createService() {
        reports = new ProgrammeReportService(ao, cadence);
        programme = givenProgramme("grad");
    }

    private void givenPair(String space, String mentee, String mentor, String start, Cadence agreed, PlanStatus status,
            int achieved, int goals, int progressSum, int done, int items, String... meetingDates) {
        ProgrammeRows.givenPair(ao, programme, space, mentee, mentor, start, agreed, status, achieved, goals, progressSum, done,
                items, meetingDates);
    }

    private void givenThreePairs() {
        ProgrammeRows.givenThreePairs(ao, programme);
    }

    private List<String> spaces(PairQuery query) {
        return reports.report(programme, query).page().rows().stream().map(PairRow::spaceKey).toList();
    }

    private PairQuery query(String sort, String order, String status, String q, String start, String limit) {
        return reports.query(sort, order, status, q, start, limit);
    }

    /** Two meetings held, one cancelled on its day. */
    private static final PracticeFigures CANCELLED_LATE = new PracticeFigures(2, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Figures of pairs that held {@code meetings} meetings and did nothing else counted. */
    private static PracticeFigures held(int meetings) {
        return new PracticeFigures(meetings, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    public void shouldReportThePairFromWhatTheServicesRecorded() {
        GrowthPlan plan = givenPlan("ALPHA", "grad");
        givenHeldMeeting(plan, 101, LocalDate.parse("2026-01-19"), "2026-01-19 Secret agenda");
        givenHeldMeeting(plan, 102, LocalDate.parse("2026-03-02"), "2026-03-02 Secret agenda");
        meetings.link(plan.id(), 103, LocalDate.parse("2026-03-20"), "2026-03-20 Secret agenda");
        meetings.link(plan.id(), 104, LocalDate.parse("2026-03-09"), "2026-03-09 Secret agenda");
        meetings.link(plan.id(), 105, LocalDate.parse("2026-03-16"), "2026-03-16 Secret agenda");
        meetings.setState(105, MeetingState.CANCELLED, null, plan.mentorKey());
        goals.replaceGoalIndex(plan.id(), List.of(
                new GoalDefinition("g1", "Secret goal one", null, null, GoalStatus.NOT_STARTED),
                new GoalDefinition("g2", "Secret goal two", null, null, GoalStatus.IN_PROGRESS),
                new GoalDefinition("g3", "Secret goal three", null, null, GoalStatus.ACHIEVED)));
        goals.recordProgress(plan.id(), "g2", 50, GoalStatus.IN_PROGRESS, "Secret note", "key-mentor", 0);
        List<ChecklistEntry> items = List.of(ChecklistEntry.fixed("a"), ChecklistEntry.fixed("b"), ChecklistEntry.fixed("c"), ChecklistEntry.fixed("d"));
        checklists.syncItems(plan.id(), "mentee", items);
        checklists.tick(plan.id(), "mentee", items, "a", true, "key-mentee");
        checklists.tick(plan.id(), "mentee", items, "b", true, "key-mentee");

        ProgrammeReport report = reports.report(programme, PairQuery.firstPage(25));

        assertEquals(List.of(new PairRow("ALPHA", "Mentee ALPHA", "Mentor ALPHA", LocalDate.parse("2026-01-19"),
                Cadence.WEEKLY, 1, 3, 50, 2, 4, 2, 9, LocalDate.parse("2026-03-02"), 22, 1, PairStatus.AT_RISK, CANCELLED_LATE, null)),
                report.page().rows());
        assertEquals(50, report.page().rows().get(0).checklistPercent());
        assertEquals(new ProgrammeSummary(1, 1, 0, 1, 0, 0, 0, 0, 33, 1, 50, CANCELLED_LATE), report.summary());
    }

    @Test
    public void shouldSummariseEveryPairOfTheProgrammeOnly() {
        givenThreePairs();
        givenPair("D-SPACE", "Dora", "Dan", "2025-01-06", Cadence.WEEKLY, PlanStatus.ARCHIVED, 1, 2, 150, 10, 10, "2026-03-10");
        Programme other = givenProgramme("other");
        plans.create(new NewPlan("OUT", "other", "m1", "Out", "m2", "Side", TODAY, Cadence.WEEKLY));

        ProgrammeReport report = reports.report(programme, PairQuery.firstPage(25));

        assertEquals(new ProgrammeSummary(4, 3, 1, 1, 1, 0, 0, 0, 50, 2, 60, held(3)), report.summary());
        assertEquals(List.of("A-SPACE", "C-SPACE", "B-SPACE", "D-SPACE"),
                report.page().rows().stream().map(PairRow::spaceKey).toList());
        assertEquals(PairStatus.ENDED, report.page().rows().get(3).status());
        assertEquals(List.of("OUT"), reports.report(other, PairQuery.firstPage(25)).page().rows().stream()
                .map(PairRow::spaceKey).toList());
    }

    @Test
    public void shouldShowAPairWhoseMentorIsInvitedAsInvitedAfterTheActivePairsAndCountIt() {
        givenThreePairs();
        givenPair("I-SPACE", "Ida", "Ivo", "2025-06-02", Cadence.WEEKLY, PlanStatus.INVITED, 0, 1, 0, 0, 0);

        ProgrammeReport report = reports.report(programme, PairQuery.firstPage(25));

        assertEquals(List.of("A-SPACE", "C-SPACE", "B-SPACE", "I-SPACE"),
                report.page().rows().stream().map(PairRow::spaceKey).toList());
        assertEquals(PairStatus.INVITED, report.page().rows().get(3).status());
        assertEquals(1, report.summary().invited());
        assertEquals(4, report.summary().active());
        assertEquals(List.of("I-SPACE"), spaces(new PairQuery(PairSort.STATUS, false, PairStatus.fromParameter("invited"), null, 0, 25)));
    }

    @Test
    public void shouldShowAClosedPairWithItsFiguresOfTheDayItClosedAfterTheInvitedPairsAndNotCountItAsActive() {
        givenThreePairs();
        givenPair("I-SPACE", "Ida", "Ivo", "2025-06-02", Cadence.WEEKLY, PlanStatus.INVITED, 0, 1, 0, 0, 0);
        givenPair("D-SPACE", "Dora", "Dan", "2025-01-06", Cadence.WEEKLY, PlanStatus.ARCHIVED, 1, 2, 150, 10, 10, "2026-03-10");
        // Held weekly from 5 January until it closed on 2 February (one held meeting dated after that day);
        // by today, six weeks later, an open pair would be stalled.
        givenPair("K-SPACE", "Kim", "Kai", "2026-01-05", Cadence.WEEKLY, PlanStatus.ACTIVE, 3, 4, 320, 0, 0,
                "2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26", "2026-02-02", "2026-02-16");
        ProgrammeRows.givenClosed(ao, "K-SPACE", "2026-02-02");
        givenPair("L-SPACE", "Lea", "Leo", "2026-01-05", Cadence.MONTHLY, PlanStatus.ACTIVE, 1, 2, 100, 0, 0, "2026-01-05");
        ProgrammeRows.givenClosed(ao, "L-SPACE", "2026-03-16");

        ProgrammeReport report = reports.report(programme, PairQuery.firstPage(25));

        assertEquals(List.of("A-SPACE", "C-SPACE", "B-SPACE", "I-SPACE", "K-SPACE", "L-SPACE", "D-SPACE"),
                report.page().rows().stream().map(PairRow::spaceKey).toList());
        PairRow closed = report.page().rows().get(4);
        assertEquals(new PairRow("K-SPACE", "Kim", "Kai", LocalDate.parse("2026-01-05"), Cadence.WEEKLY, 3, 4, 80, 0, 0, 5, 5,
                LocalDate.parse("2026-02-02"), 100, 0, PairStatus.CLOSED, held(6), LocalDate.parse("2026-02-02")), closed);
        assertEquals(null, report.page().rows().get(2).closedOn());
        ProgrammeSummary summary = report.summary();
        assertEquals(7, summary.pairs());
        assertEquals("the three open pairs and the invited one", 4, summary.active());
        assertEquals(2, summary.closed());
        assertEquals("4 of the closed pairs' 6 goals achieved", 66, summary.closedGoalCompletionPercent());
        assertEquals(List.of("K-SPACE", "L-SPACE"), spaces(query(null, null, "closed", null, null, null)));
        MonthlyCounts months = report.meetingsByMonth();
        assertEquals("K-SPACE's meeting dated after its close day is left out", 1,
                months.counts().get(months.months().indexOf(YearMonth.of(2026, 2))).intValue());
    }

    @Test
    public void shouldCountTheCadenceFromTheDayTheMentorAcceptedWhenThatIsAfterTheStartDate() {
        GrowthPlan plan = plans.create(new NewPlan("LATE", "grad", "m1", "Late", "m2", "Mentor", TODAY.minusWeeks(8), Cadence.WEEKLY));
        plans.accept(plan.id());

        PairRow row = reports.report(programme, PairQuery.firstPage(25)).page().rows().get(0);

        assertEquals(TODAY.minusWeeks(8), row.startDate());
        assertEquals(1, row.meetingsExpected());
        assertEquals(PairStatus.AT_RISK, row.status());
    }

    @Test
    public void shouldSortByEveryColumnBothWays() {
        givenThreePairs();
        Map<PairSort, List<String>> ascending = Map.ofEntries(
                Map.entry(PairSort.SPACE, List.of("A", "B", "C")),
                Map.entry(PairSort.MENTEE, List.of("B", "C", "A")),
                Map.entry(PairSort.MENTOR, List.of("C", "A", "B")),
                Map.entry(PairSort.START, List.of("A", "C", "B")),
                Map.entry(PairSort.CADENCE, List.of("A", "C", "B")),
                Map.entry(PairSort.GOALS, List.of("A", "C", "B")),
                Map.entry(PairSort.PROGRESS, List.of("A", "C", "B")),
                Map.entry(PairSort.CHECKLIST, List.of("B", "C", "A")),
                Map.entry(PairSort.MEETINGS, List.of("C", "B", "A")),
                Map.entry(PairSort.LAST_MEETING, List.of("C", "A", "B")),
                Map.entry(PairSort.ADHERENCE, List.of("C", "A", "B")),
                Map.entry(PairSort.STATUS, List.of("A", "C", "B")));
        assertEquals(Arrays.asList(PairSort.values()).size(), ascending.size());
        for (PairSort sort : PairSort.values()) {
            List<String> expected = ascending.get(sort).stream().map(s -> s + "-SPACE").toList();
            assertEquals(sort.parameter(), expected, spaces(query(sort.parameter(), "asc", null, null, null, null)));
            List<String> reversed = new ArrayList<>(expected);
            Collections.reverse(reversed);
            assertEquals(sort.parameter(), reversed, spaces(query(sort.parameter(), "desc", null, null, null, null)));
        }
    }

    @Test
    public void shouldFilterByStatusAndByTextInEitherName() {
        givenThreePairs();
        assertEquals(List.of("A-SPACE"), spaces(query("space", null, "stalled", null, null, null)));
        assertEquals(List.of("B-SPACE"), spaces(query("space", null, "on-track", null, null, null)));
        assertEquals(List.of("B-SPACE"), spaces(query("space", null, null, "AN", null, null)));
        assertEquals(List.of("A-SPACE", "C-SPACE"), spaces(query("space", null, null, " be ", null, null)));
        assertEquals(List.of("C-SPACE"), spaces(query("space", null, "at-risk", "be", null, null)));
        assertEquals(List.of(), spaces(query("space", null, "ended", null, null, null)));
    }

    @Test
    public void shouldPageThroughTheMatchingPairs() {
        givenThreePairs();
        ProgrammeReport first = reports.report(programme, query("space", null, null, null, "0", "2"));
        assertEquals(List.of("A-SPACE", "B-SPACE"), first.page().rows().stream().map(PairRow::spaceKey).toList());
        assertEquals(3, first.page().total());
        assertEquals(List.of("C-SPACE"), spaces(query("space", null, null, null, "2", "2")));
        ProgrammeReport beyond = reports.report(programme, query("space", null, null, null, "5", "2"));
        assertEquals(List.of(), beyond.page().rows());
        assertEquals(3, beyond.page().total());
        assertEquals(3, beyond.summary().pairs());
    }

    /**
     * A page that ends in the first half of the matching pairs is picked while reading them, without
     * sorting them all: every page, in every order, is the slice of the whole list in that order.
     */
    @Test
    public void shouldServeEveryPageOfAProgrammeAsTheSliceOfAllItsPairsInOrder() {
        String[] names = {"Ada", "ben", "Cleo", "ada", "Dev", "Eve", "fin", "Gus", "Hal", "ivy"};
        for (int i = 0; i < 40; i++) {
            List<String> held = new ArrayList<>();
            for (int m = 0; m < i % 7; m++) {
                held.add(TODAY.minusDays(3L + 9L * m + i % 5).toString());
            }
            givenPair(String.format("P%02d", 39 - i), names[i % names.length], names[(i * 3) % names.length],
                    TODAY.minusWeeks(6 + i % 9).toString(), Cadence.values()[i % 3], i % 11 == 0 ? PlanStatus.INVITED : PlanStatus.ACTIVE,
                    i % 3, 4, i % 4 * 60, i % 5, 6, held.toArray(String[]::new));
        }
        for (PairSort sort : PairSort.values()) {
            for (String order : new String[] {"asc", "desc"}) {
                List<PairRow> all = new ArrayList<>();
                reports.forEachPair(programme, query(sort.parameter(), order, null, null, null, null), all::add);
                assertEquals(40, all.size());
                for (int size : new int[] {1, 3, 7, 19}) {
                    for (int start = 0; start < 44; start += size) {
                        ProgrammeReport report = reports.report(programme,
                                query(sort.parameter(), order, null, null, Integer.toString(start), Integer.toString(size)));
                        assertEquals(sort.parameter() + " " + order + " from " + start + " by " + size,
                                all.subList(Math.min(40, start), Math.min(40, start + size)), report.page().rows());
                    }
                }
            }
        }
    }

    @Test
    public void shouldReadDefaultsAndClampThePageSize() {
        assertEquals(new PairQuery(PairSort.STATUS, false, null, null, 0, 25), query(null, null, null, null, null, null));
        assertEquals(new PairQuery(PairSort.STATUS, false, null, null, 0, 25), query(" ", "", "", "  ", "", ""));
        assertEquals(100, query(null, null, null, null, null, "100000").limit());
        assertEquals(100, query(null, null, null, null, null, "99999999999999").limit());
        assertEquals(1, query(null, null, null, null, null, "0").limit());
        assertEquals(1, query(null, null, null, null, null, "-5").limit());
        assertEquals(new PairQuery(PairSort.LAST_MEETING, true, PairStatus.AT_RISK, "ann é", 50, 10),
                query("last-meeting", "desc", "at-risk", " Ann É ", "50", "10"));
    }

    @Test
    public void shouldRefuseUnknownSortOrderAndStatusNamingTheAllowedValues() {
        InvalidInputException sort = assertThrows(InvalidInputException.class, () -> query("name", null, null, null, null, null));
        assertEquals("Unknown sort column. Sort by one of: space, mentee, mentor, start, cadence, goals, progress, "
                + "checklist, meetings, last-meeting, adherence, status.", sort.getMessage());
        assertEquals("sort", sort.getField());
        InvalidInputException order = assertThrows(InvalidInputException.class, () -> query(null, "up", null, null, null, null));
        assertEquals("Unknown order. Use one of: asc, desc.", order.getMessage());
        InvalidInputException status = assertThrows(InvalidInputException.class,
                () -> query(null, null, "late", null, null, null));
        assertEquals("Unknown status. Filter by one of: stalled, at-risk, on-track, invited, closed, ended.", status.getMessage());
        assertEquals("Start must be a whole number from 0.",
                assertThrows(InvalidInputException.class, () -> query(null, null, null, null, "-1", null)).getMessage());
        assertEquals("Page size must be a whole number (at most 100 pairs a page).",
                assertThrows(InvalidInputException.class, () -> query(null, null, null, null, null, "ten")).getMessage());
        assertEquals("Search text is longer than 100 characters.",
                assertThrows(InvalidInputException.class, () -> query(null, null, null, "x".repeat(101), null, null)).getMessage());
    }

    @Test
    public void shouldSummariseSeveralProgrammesByKeyInTheirOrder() {
        givenThreePairs();
        Programme empty = givenProgramme("empty");
        Map<String, ProgrammeSummary> summaries = reports.summaries(List.of(empty, programme));
        assertEquals(List.of("empty", "grad"), List.copyOf(summaries.keySet()));
        assertEquals(new ProgrammeSummary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, PracticeFigures.NONE), summaries.get("empty"));
        assertEquals(new ProgrammeSummary(3, 3, 1, 1, 1, 0, 0, 0, 50, 1, 46, held(2)), summaries.get("grad"));
        assertTrue(reports.summaries(List.of()).isEmpty());
    }

    @Test
    public void shouldListEveryMatchingPairInOrderForExport() {
        givenThreePairs();
        List<String> exported = new ArrayList<>();
        reports.forEachPair(programme, query("mentee", "desc", null, null, "1", "1"), row -> exported.add(row.spaceKey()));
        assertEquals(List.of("A-SPACE", "C-SPACE", "B-SPACE"), exported);
        List<String> filtered = new ArrayList<>();
        reports.forEachPair(programme, query(null, null, "on-track", null, null, null), row -> filtered.add(row.spaceKey()));
        assertEquals(List.of("B-SPACE"), filtered);
    }

    @Test
    public void shouldCountTheMeetingsHeldInEachMonthOfTheProgrammesLife() {
        givenPair("A-SPACE", "Cleo", "Ben", "2025-12-15", Cadence.WEEKLY, PlanStatus.ACTIVE, 0, 0, 0, 0, 0,
                "2025-12-15", "2026-01-05", "2026-01-12", "2026-03-16", "2026-03-23");
        givenPair("B-SPACE", "anna", "Cy", "2026-02-02", Cadence.MONTHLY, PlanStatus.ARCHIVED, 0, 0, 0, 0, 0, "2026-02-02", "2026-03-02");

        MonthlyCounts months = reports.report(programme, PairQuery.firstPage(25)).meetingsByMonth();

        assertEquals(List.of(YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3)),
                months.months());
        assertEquals(List.of(1, 2, 1, 2), months.counts());
    }

    @Test
    public void shouldCountTheMeetingsOfTheLatest36MonthsOnly() {
        givenPair("A-SPACE", "Cleo", "Ben", "2021-03-01", Cadence.MONTHLY, PlanStatus.ACTIVE, 0, 0, 0, 0, 0,
                "2021-03-01", "2023-03-31", "2023-04-01", "2026-03-16");

        MonthlyCounts months = reports.report(programme, PairQuery.firstPage(25)).meetingsByMonth();

        assertEquals(ProgrammeReportService.MONTHS, months.months().size());
        assertEquals(YearMonth.of(2023, 4), months.months().get(0));
        assertEquals(YearMonth.of(2026, 3), months.months().get(35));
        assertEquals(2, months.counts().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    public void shouldCountNoMonthForAProgrammeWithoutPairs() {
        assertEquals(MonthlyCounts.NONE, reports.report(programme, PairQuery.firstPage(25)).meetingsByMonth());
        assertEquals(MonthlyCounts.NONE, reports.report(programme, PairQuery.firstPage(25)).goalsAchievedByMonth());
    }

    @Test
    public void shouldCountTheGoalsAchievedByTheEndOfEachMonthOfTheProgrammesLife() {
        givenPair("A-SPACE", "Cleo", "Ben", "2025-12-15", Cadence.WEEKLY, PlanStatus.ACTIVE, 2, 4, 0, 0, 0, "2026-01-05");
        ProgrammeRows.givenAchievedDates(ao, "A-SPACE", "2026-01-20", "2026-03-02");
        givenPair("B-SPACE", "anna", "Cy", "2026-02-02", Cadence.MONTHLY, PlanStatus.ARCHIVED, 2, 2, 0, 0, 0);
        ProgrammeRows.givenAchievedDates(ao, "B-SPACE", "2026-01-31", "2026-03-16");

        ProgrammeReport report = reports.report(programme, PairQuery.firstPage(25));

        assertEquals(report.meetingsByMonth().months(), report.goalsAchievedByMonth().months());
        assertEquals(List.of(YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3)),
                report.goalsAchievedByMonth().months());
        assertEquals(List.of(0, 2, 2, 4), report.goalsAchievedByMonth().counts());
    }

    @Test
    public void shouldStartTheGoalsAchievedOfTheLatest36MonthsWithThoseAchievedBefore() {
        givenPair("A-SPACE", "Cleo", "Ben", "2021-03-01", Cadence.MONTHLY, PlanStatus.ACTIVE, 3, 3, 0, 0, 0);
        ProgrammeRows.givenAchievedDates(ao, "A-SPACE", "2021-06-01", "2023-03-31", "2026-03-01");

        MonthlyCounts achieved = reports.report(programme, PairQuery.firstPage(25)).goalsAchievedByMonth();

        assertEquals(ProgrammeReportService.MONTHS, achieved.months().size());
        assertEquals(YearMonth.of(2023, 4), achieved.months().get(0));
        assertEquals(2, achieved.counts().get(0).intValue());
        assertEquals(3, achieved.counts().get(35).intValue());
    }
}
