package io.mentoringspaces.model;

/**
 * A programme's summary with one page of its pairs, the meetings its pairs held in each month of the
 * programme's life and the goals its pairs had achieved by the end of each of those months (see
 * {@code ProgrammeReportService#MONTHS}).
 */
public record ProgrammeReport(Programme programme, ProgrammeSummary summary, PairPage page, MonthlyCounts meetingsByMonth,
        MonthlyCounts goalsAchievedByMonth) {
}
