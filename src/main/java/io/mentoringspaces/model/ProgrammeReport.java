package io.mentoringspaces.model;

/**
 * A programme's summary with one page of its pairs, and the meetings its pairs held in each month of
 * the programme's life (see {@code ProgrammeReportService#MONTHS}).
 */
public record ProgrammeReport(Programme programme, ProgrammeSummary summary, PairPage page, MonthlyCounts meetingsByMonth) {
}
