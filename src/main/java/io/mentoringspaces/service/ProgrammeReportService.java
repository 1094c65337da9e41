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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
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
    /**
     * The plan columns a report reads: no user keys, no revision, nothing else; the counts and the days of
     * the held meetings and achieved goals in their one text ({@link ReportFigures}).
     */
    static final String COLUMNS = "ID,SPACE_KEY,MENTEE_NAME,MENTOR_NAME,START_DATE,CADENCE,STATUS,ACCEPTED_ON,CLOSED_ON,"
            + "REPORT_FIGURES";
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
        Today today = new Today(cadence.today());
        Months months = new Months(today.day());
        List<PairRow> rows = new ArrayList<>();
        List<PairRow> matching = new ArrayList<>();
        readPairs(List.of(programme.id()), today, months, (programmeId, row) -> {
            rows.add(row);
            if (query.matches(row)) {
                matching.add(row);
            }
        });
        PairPage page = new PairPage(page(matching, query.sort().comparator(query.descending()), query.start(), query.limit()),
                matching.size(), query.start(), query.limit());
        if (rows.isEmpty()) {
            return new ProgrammeReport(programme, summarise(rows), page, MonthlyCounts.NONE, MonthlyCounts.NONE);
        }
        return new ProgrammeReport(programme, summarise(rows), page, months.held.counts(months.first()),
                months.achieved.cumulative(months.first()));
    }

    /**
     * The rows from {@code start} of the matching ones in their order, at most {@code limit}. When the page
     * ends in the first half of them, only the rows up to its end are kept (a bounded heap) instead of
     * sorting them all.
     */
    private static List<PairRow> page(List<PairRow> matching, Comparator<PairRow> order, int start, int limit) {
        int end = (int) Math.min(matching.size(), (long) start + limit);
        if (start >= end) {
            return List.of();
        }
        List<PairRow> first;
        if (end > matching.size() / 2) {
            first = new ArrayList<>(matching);
        } else {
            PriorityQueue<PairRow> kept = new PriorityQueue<>(end + 1, order.reversed());
            for (PairRow row : matching) {
                if (kept.size() < end) {
                    kept.add(row);
                } else if (order.compare(row, kept.peek()) < 0) {
                    kept.poll();
                    kept.add(row);
                }
            }
            first = new ArrayList<>(kept);
        }
        first.sort(order);
        return first.subList(start, end);
    }

    /** Every pair matching the query's filters, in its order (the query's page is ignored); one streamed statement. */
    public void forEachPair(Programme programme, PairQuery query, Consumer<PairRow> consumer) {
        List<PairRow> rows = new ArrayList<>();
        readPairs(List.of(programme.id()), new Today(cadence.today()), null, (programmeId, row) -> {
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
        readPairs(programmes.stream().map(Programme::id).toList(), new Today(cadence.today()), null,
                (programmeId, row) -> byProgramme.get(programmeId).add(row));
        Map<String, ProgrammeSummary> summaries = new LinkedHashMap<>();
        for (Programme programme : programmes) {
            summaries.put(programme.key(), summarise(byProgramme.get(programme.id())));
        }
        return Collections.unmodifiableMap(summaries);
    }

    /**
     * Streams the plan rows of the programmes to the sink, counting their held meetings and achieved goals
     * into {@code months} unless it is null. One statement.
     */
    private void readPairs(List<Integer> programmeIds, Today today, Months months, PairSink sink) {
        if (programmeIds.size() == 1) {
            // Each column read costs about as much as the figures made of it: one programme's rows need no programme id.
            int programmeId = programmeIds.get(0);
            ao.stream(GrowthPlanEntity.class, Query.select(COLUMNS).where("PROGRAMME_ID = ?", programmeId),
                    e -> sink.accept(programmeId, row(e, today, months)));
        } else {
            String placeholders = programmeIds.stream().map(id -> "?").collect(Collectors.joining(","));
            ao.stream(GrowthPlanEntity.class,
                    Query.select(COLUMNS + ",PROGRAMME_ID").where("PROGRAMME_ID IN (" + placeholders + ")", programmeIds.toArray()),
                    e -> sink.accept(e.getProgrammeId(), row(e, today, months)));
        }
    }

    /** A pair's row: its cadence figures as of today, or as of the day it closed the mentorship. */
    private static PairRow row(GrowthPlanEntity e, Today today, Months months) {
        PlanStatus plan = PlanStatus.valueOf(e.getStatus());
        LocalDate closedOn = plan == PlanStatus.CLOSED ? Mapping.isoDate(e.getClosedOn()) : null;
        LocalDate figuresDay = closedOn == null ? today.day() : closedOn;
        long upTo = figuresDay.toEpochDay();
        ReportFigures report = ReportFigures.parse(e.getReportFigures());
        long[] held = report.held();
        int recent = 0;
        for (long day : held) {
            recent += day >= today.recentFrom() && day <= upTo ? 1 : 0;
        }
        LocalDate start = Mapping.isoDate(e.getStartDate());
        if (months != null) {
            months.add(start, held, report.achieved(), upTo);
        }
        Cadence agreed = Cadence.valueOf(e.getCadence());
        CadenceFigures figures = CadenceCalculator.compute(GrowthPlan.cadenceStart(start, Mapping.isoDate(e.getAcceptedOn())),
                agreed, held, figuresDay);
        int goals = report.goalsTotal();
        return new PairRow(e.getSpaceKey(), e.getMenteeName(), e.getMentorName(), start, agreed, report.goalsAchieved(),
                goals, goals == 0 ? 0 : report.progressSum() / goals, report.checklistDone(), report.checklistItems(),
                figures.held(), figures.expected(), figures.lastMeeting(), figures.adherencePercent(), recent,
                PairStatus.of(plan, figures), report.practice(held.length), closedOn);
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

    /** The day a report is made, and the first of the days counted as the last {@value #RECENT_DAYS} (an epoch day). */
    private record Today(LocalDate day, long recentFrom) {

        Today(LocalDate day) {
            this(day, day.minusDays(RECENT_DAYS - 1L).toEpochDay());
        }
    }

    /**
     * The programme's meetings held and goals achieved by month over its latest {@value #MONTHS} months,
     * and the first month of its life: the month the first pair started, or held its first meeting or
     * achieved its first goal, if earlier.
     */
    private static final class Months {

        final MonthlyCounts.Counter held;
        final MonthlyCounts.Counter achieved;
        private long first;

        Months(LocalDate today) {
            held = MonthlyCounts.counter(YearMonth.from(today), MONTHS);
            achieved = MonthlyCounts.counter(YearMonth.from(today), MONTHS);
            first = today.toEpochDay();
        }

        /** A pair's start, and its held and achieved days (epoch days) up to the day its figures are as of. */
        void add(LocalDate start, long[] heldDays, long[] achievedDays, long upTo) {
            first = Math.min(first, start.toEpochDay());
            count(heldDays, upTo, held);
            count(achievedDays, upTo, achieved);
        }

        private void count(long[] days, long upTo, MonthlyCounts.Counter counter) {
            for (long day : days) {
                if (day <= upTo) {
                    counter.add(day);
                    first = Math.min(first, day);
                }
            }
        }

        YearMonth first() {
            return YearMonth.from(LocalDate.ofEpochDay(first));
        }
    }

    @FunctionalInterface
    private interface PairSink {
        void accept(int programmeId, PairRow row);
    }
}
