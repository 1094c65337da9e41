package io.mentoringspaces.rest;

import com.atlassian.sal.api.message.I18nResolver;
import io.mentoringspaces.model.FeedbackSide;
import io.mentoringspaces.model.PairRow;
import io.mentoringspaces.model.PracticeFigures;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The pairs table as CSV (RFC 4180, CRLF line ends), UTF-8 with a byte-order mark so that
 * spreadsheets read names correctly, and a header row in the user's language. A cell whose first
 * character after any spaces is {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return,
 * or one of the full-width forms {@code ＝ ＋ － ＠} (which spreadsheets read as their ASCII twins), is
 * prefixed with an apostrophe so that no spreadsheet takes it for a formula.
 */
public final class PairsCsv {

    /** The header of each column, by i18n key, in column order. */
    public static final List<String> COLUMNS = List.of(
            "mentoring.coordinator.column.space",
            "mentoring.coordinator.column.mentee",
            "mentoring.coordinator.column.mentor",
            "mentoring.coordinator.column.start",
            "mentoring.coordinator.column.cadence",
            "mentoring.coordinator.csv.goals.achieved",
            "mentoring.coordinator.csv.goals.total",
            "mentoring.coordinator.column.progress",
            "mentoring.coordinator.column.checklist",
            "mentoring.coordinator.csv.meetings.held",
            "mentoring.coordinator.csv.meetings.expected",
            "mentoring.coordinator.column.last.meeting",
            "mentoring.coordinator.column.adherence",
            "mentoring.coordinator.column.status",
            "mentoring.coordinator.csv.closed.on",
            "mentoring.coordinator.csv.agenda.prepared",
            "mentoring.coordinator.csv.cancelled",
            "mentoring.coordinator.csv.cancelled.late",
            "mentoring.coordinator.csv.items",
            "mentoring.coordinator.csv.items.done",
            "mentoring.coordinator.csv.items.on.time",
            "mentoring.coordinator.csv.feedback.mentee",
            "mentoring.coordinator.csv.feedback.mentor",
            "mentoring.coordinator.csv.pulse.mentee",
            "mentoring.coordinator.csv.pulse.mentor",
            "mentoring.coordinator.csv.suggestions",
            "mentoring.coordinator.csv.suggestions.applied",
            "mentoring.coordinator.csv.activities",
            "mentoring.coordinator.csv.activities.done");

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** Characters that make a spreadsheet read a cell as a formula when the cell starts with them. */
    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    private final Writer out;

    public PairsCsv(Writer out) {
        this.out = out;
    }

    public void header(I18nResolver i18n) throws IOException {
        out.write(BYTE_ORDER_MARK);
        line(COLUMNS.stream().map(i18n::getText).toArray(String[]::new));
    }

    public void row(PairRow row) throws IOException {
        PracticeFigures practice = row.practice();
        line(row.spaceKey(), row.menteeName(), row.mentorName(), iso(row.startDate()),
                row.cadence().name().toLowerCase(Locale.ROOT), Integer.toString(row.goalsAchieved()),
                Integer.toString(row.goalsTotal()), Integer.toString(row.averageProgress()),
                Integer.toString(row.checklistPercent()), Integer.toString(row.meetingsHeld()),
                Integer.toString(row.meetingsExpected()), iso(row.lastMeeting()), Integer.toString(row.adherencePercent()),
                row.status().parameter(), iso(row.closedOn()), Integer.toString(practice.agendaPreparedPercent()),
                Integer.toString(practice.cancelled()), Integer.toString(practice.lateCancellationPercent()),
                Integer.toString(practice.itemsTotal()), Integer.toString(practice.itemsDone()),
                Integer.toString(practice.itemsOnTime()), Integer.toString(practice.feedbackPercent(FeedbackSide.MENTEE)),
                Integer.toString(practice.feedbackPercent(FeedbackSide.MENTOR)),
                practice.averagePulse(FeedbackSide.MENTEE), practice.averagePulse(FeedbackSide.MENTOR),
                Integer.toString(practice.suggestions()), Integer.toString(practice.suggestionsApplied()),
                Integer.toString(practice.activities()), Integer.toString(practice.activitiesDone()));
    }


    private void line(String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells[i]));
        }
        out.write("\r\n");
    }

    /** One cell: neutralised against formulas, then quoted when it holds a comma, quote or line break. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = startsLikeAFormula(value) ? "'" + value : value;
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** True when the first character that is no space (tabs and carriage returns count) starts a formula. */
    private static boolean startsLikeAFormula(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (FORMULA_STARTS.indexOf(c) >= 0) {
                return true;
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return false;
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
