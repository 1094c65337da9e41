package io.mentoringspaces.service;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.MonthlyCounts;
import io.mentoringspaces.model.CadenceFigures;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.PairPage;
import io.mentoringspaces.model.PairQuery;
import io.mentoringspaces.model.PairRow;
import io.mentoringspaces.model.PairSort;
import io.mentoringspaces.model.PairStatus;
import io.mentoringspaces.model.PlanStatus;
import io.mentoringspaces.model.PracticeFigures;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.model.ProgrammeReport;
import io.mentoringspaces.model.ProgrammeSummary;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.java.ao.Query;

/**
 * The figures coordinators see: a programme's summary and its pairs, read from the plan rows alone
 * (each row carries its plan's goal, checklist, meeting and practice figures), so that a programme
 * is read with one streamed statement whatever the number of goals, ticks, meetings, action items,
 * pulses, suggestions and activities. Nothing a pair
 * wrote is read: no page, goal text, meeting title or note. Status and cadence depend on today's
 * date, so pairs are filtered and sorted after reading. A closed pair's figures are those of the day it
 * closed: its cadence as of that day, no meeting after it.
 */
public class ProgrammeReportService {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;
    /** Longest search text accepted. */
    public static final int MAX_TEXT = 100;
    /** The plan columns a report reads: no user keys, no revision, nothing else. */
    static final String COLUMNS = "ID,PROGRAMME_ID,SPACE_KEY,MENTEE_NAME,MENTOR_NAME,START_DATE,CADENCE,STATUS,GOALS_TOTAL,"
            + "GOALS_ACHIEVED,PROGRESS_SUM,CHECKLIST_ITEMS,CHECKLIST_DONE,HELD_DATES,HELD_PREPARED,CANCELLED,CANCELLED_LATE,"
            + "ITEMS_TOTAL,ITEMS_DONE,ITEMS_ON_TIME,FEEDBACK_MENTEE,FEEDBACK_MENTOR,PULSE_MENTEE_SUM,PULSE_MENTEE_COUNT,"
            + "PULSE_MENTOR_SUM,PULSE_MENTOR_COUNT,SUGGESTIONS,SUGGESTIONS_APPLIED,ACTIVITIES,ACTIVITIES_DONE,GOAL_ACHIEVED_DATES,"
            + "ACCEPTED_ON,CLOSED_ON";
    /** Days, today included, counted as the last 30 days. */
    static final int RECENT_DAYS = 30;
    /** Months the month-by-month figures (meetings, goals achieved) cover at most: the programme's latest three years. */
    public static final int MONTHS = 36;

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,18}");

    private final ActiveObjects ao;
    private final CadenceCalculator cadence;

    public ProgrammeReportService(ActiveObjects ao, CadenceCalculator cadence) {
        this.ao = ao;
        this.cadence = cadence;
    }

    /**
     * Reads the request's parameters (each may be null): {@code sort} one of {@link PairSort#parameters()},
     * {@code order} asc or desc, {@code status} one of {@link PairStatus#parameters()}, {@code q} at most
     * {@value #MAX_TEXT} characters, {@code start} from 0, {@code limit} clamped to 1–{@value #MAX_LIMIT}.
     */
    public PairQuery query(String sort, String order, String status, String q, String start, String limit) {
        PairSort column = PairSort.STATUS;
        if (!blank(sort)) {
            column = PairSort.fromParameter(sort.strip());
            if (column == null) {
                throw new InvalidInputException("sort", "mentoring.error.pairs.sort", String.join(", ", PairSort.parameters()));
            }
        }
        boolean descending = false;
        if (!blank(order)) {
            if (!List.of("asc", "desc").contains(order.strip())) {
                throw new InvalidInputException("order", "mentoring.error.pairs.order", "asc, desc");
            }
            descending = order.strip().equals("desc");
        }
        PairStatus wanted = null;
        if (!blank(status)) {
            wanted = PairStatus.fromParameter(status.strip());
            if (wanted == null) {
                throw new InvalidInputException("status", "mentoring.error.pairs.status", String.join(", ", PairStatus.parameters()));
            }
        }
        String text = Validate.optional("q", q, MAX_TEXT);
        int first = 0;
        if (!blank(start)) {
            if (!start.strip().matches("\\d{1,9}")) {
                throw new InvalidInputException("start", "mentoring.error.pairs.start", new FieldName("start"));
            }
            first = Integer.parseInt(start.strip());
        }
        int size = DEFAULT_LIMIT;
        if (!blank(limit)) {
            if (!WHOLE_NUMBER.matcher(limit.strip()).matches()) {
                throw new InvalidInputException("limit", "mentoring.error.pairs.limit", new FieldName("limit"), MAX_LIMIT);
            }
            size = (int) Math.max(1, Math.min(MAX_LIMIT, Long.parseLong(limit.strip())));
        }
        return new PairQuery(column, descending, wanted, text == null ? null : text.toLowerCase(Locale.ROOT), first, size);
    }

    /**
     * The programme's summary over all its pairs, the page of pairs the query asks for, the meetings
     * held in each month of the programme's life and the goals achieved by the end of each month (one
     * statement: the meeting dates and the days goals were achieved are on the plan rows).
     */
    public ProgrammeReport report(Programme programme, PairQuery query) {
        List<PairRow> rows = new ArrayList<>();
        List<LocalDate> held = new ArrayList<>();
        List<LocalDate> achieved = new ArrayList<>();
        LocalDate today = cadence.today();
        readPairs(List.of(programme.id()), (programmeId, row, dates, achievedDates) -> {
            rows.add(row);
            LocalDate figuresDay = row.closedOn() == null ? today : row.closedOn();
            dates.stream().filter(d -> !d.isAfter(figuresDay)).forEach(held::add);
            achievedDates.stream().filter(d -> !d.isAfter(figuresDay)).forEach(achieved::add);
        });
        List<PairRow> matching = rows.stream().filter(query::matches).sorted(query.sort().comparator(query.descending()))
                .toList();
        int from = Math.min(query.start(), matching.size());
        int to = Math.min(matching.size(), from + query.limit());
        PairPage page = new PairPage(matching.subList(from, to), matching.size(), query.start(), query.limit());
        if (rows.isEmpty()) {
            return new ProgrammeReport(programme, summarise(rows), page, MonthlyCounts.NONE, MonthlyCounts.NONE);
        }
        YearMonth first = firstMonth(rows, held, achieved, today);
        MonthlyCounts.Counter meetingsHeld = MonthlyCounts.counter(first, YearMonth.from(today), MONTHS);
        held.forEach(meetingsHeld::add);
        MonthlyCounts.Counter goalsAchieved = MonthlyCounts.counter(first, YearMonth.from(today), MONTHS);
        achieved.forEach(goalsAchieved::add);
        return new ProgrammeReport(programme, summarise(rows), page, meetingsHeld.counts(), goalsAchieved.cumulative());
    }

    /**
     * The first month of the programme's life: the month the first pair started, or held its first
     * meeting or achieved its first goal, if earlier. The month-by-month figures run from there to this
     * month, at most the latest {@value #MONTHS} months.
     */
    private static YearMonth firstMonth(List<PairRow> rows, List<LocalDate> held, List<LocalDate> achieved, LocalDate today) {
        LocalDate first = today;
        for (PairRow row : rows) {
            first = row.startDate().isBefore(first) ? row.startDate() : first;
        }
        for (List<LocalDate> days : List.of(held, achieved)) {
            for (LocalDate day : days) {
                first = day.isBefore(first) ? day : first;
            }
        }
        return YearMonth.from(first);
    }

    /** Every pair matching the query's filters, in its order (the query's page is ignored); one streamed statement. */
    public void forEachPair(Programme programme, PairQuery query, Consumer<PairRow> consumer) {
        List<PairRow> rows = new ArrayList<>();
        readPairs(List.of(programme.id()), (programmeId, row, dates, achievedDates) -> {
            if (query.matches(row)) {
                rows.add(row);
            }
        });
        rows.sort(query.sort().comparator(query.descending()));
        rows.forEach(consumer);
    }

    /** The summaries of the given programmes, by programme key, in the given order (one statement). */
    public Map<String, ProgrammeSummary> summaries(List<Programme> programmes) {
        if (programmes.isEmpty()) {
            return Map.of();
        }
        Map<Integer, List<PairRow>> byProgramme = new HashMap<>();
        programmes.forEach(p -> byProgramme.put(p.id(), new ArrayList<>()));
        readPairs(programmes.stream().map(Programme::id).toList(), (programmeId, row, dates, achievedDates) -> byProgramme.get(programmeId).add(row));
        Map<String, ProgrammeSummary> summaries = new LinkedHashMap<>();
        for (Programme programme : programmes) {
            summaries.put(programme.key(), summarise(byProgramme.get(programme.id())));
        }
        return Collections.unmodifiableMap(summaries);
    }

    private void readPairs(List<Integer> programmeIds, PairSink sink) {
        String placeholders = programmeIds.stream().map(id -> "?").collect(Collectors.joining(","));
        ao.stream(GrowthPlanEntity.class,
                Query.select(COLUMNS).where("PROGRAMME_ID IN (" + placeholders + ")", programmeIds.toArray()),
                e -> {
                    List<LocalDate> dates = Mapping.dates(e.getHeldDates());
                    sink.accept(e.getProgrammeId(), row(e, dates), dates, Mapping.dates(e.getGoalAchievedDates()));
                });
    }

    /** A pair's row: its cadence figures as of today, or as of the day it closed the mentorship. */
    private PairRow row(GrowthPlanEntity e, List<LocalDate> dates) {
        LocalDate today = cadence.today();
        PlanStatus plan = PlanStatus.valueOf(e.getStatus());
        LocalDate closedOn = plan == PlanStatus.CLOSED ? Mapping.date(e.getClosedOn()) : null;
        LocalDate figuresDay = closedOn == null ? today : closedOn;
        LocalDate start = LocalDate.parse(e.getStartDate());
        Cadence agreed = Cadence.valueOf(e.getCadence());
        CadenceFigures figures = CadenceCalculator.compute(GrowthPlan.cadenceStart(start, Mapping.date(e.getAcceptedOn())), agreed,
                dates, figuresDay);
        LocalDate recentFrom = today.minusDays(RECENT_DAYS - 1L);
        int recent = (int) dates.stream().filter(d -> !d.isAfter(figuresDay) && !d.isBefore(recentFrom)).count();
        int goals = e.getGoalsTotal();
        return new PairRow(e.getSpaceKey(), e.getMenteeName(), e.getMentorName(), start, agreed, e.getGoalsAchieved(), goals,
                goals == 0 ? 0 : e.getProgressSum() / goals, e.getChecklistDone(), e.getChecklistItems(), figures.held(),
                figures.expected(), figures.lastMeeting(), figures.adherencePercent(), recent,
                PairStatus.of(plan, figures), Mapping.practice(e, dates.size()), closedOn);
    }

    private static ProgrammeSummary summarise(List<PairRow> rows) {
        int active = 0;
        int onTrack = 0;
        int atRisk = 0;
        int stalled = 0;
        int invited = 0;
        int closed = 0;
        long closedGoalsAchieved = 0;
        long closedGoals = 0;
        long goalsAchieved = 0;
        long goalsTotal = 0;
        long checklistDone = 0;
        long checklistItems = 0;
        int recent = 0;
        PracticeFigures practice = PracticeFigures.NONE;
        for (PairRow row : rows) {
            switch (row.status()) {
                case ON_TRACK -> onTrack++;
                case AT_RISK -> atRisk++;
                case STALLED -> stalled++;
                case INVITED -> invited++;
                case CLOSED -> {
                    closed++;
                    closedGoalsAchieved += row.goalsAchieved();
                    closedGoals += row.goalsTotal();
                }
                case ENDED -> {
                }
            }
            active += row.status() == PairStatus.ENDED || row.status() == PairStatus.CLOSED ? 0 : 1;
            goalsAchieved += row.goalsAchieved();
            goalsTotal += row.goalsTotal();
            checklistDone += row.checklistDone();
            checklistItems += row.checklistItems();
            recent += row.meetingsLast30Days();
            practice = practice.plus(row.practice());
        }
        return new ProgrammeSummary(rows.size(), active, onTrack, atRisk, stalled, invited, closed,
                percent(closedGoalsAchieved, closedGoals), percent(goalsAchieved, goalsTotal), recent,
                percent(checklistDone, checklistItems), practice);
    }

    private static int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) (part * 100 / whole);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @FunctionalInterface
    private interface PairSink {
        void accept(int programmeId, PairRow row, List<LocalDate> meetingDates, List<LocalDate> goalAchievedDates);
    }
}
