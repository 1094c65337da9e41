package io.mentoringspaces.model;

/** A programme's summary with one page of its pairs. */
public record ProgrammeReport(Programme programme, ProgrammeSummary summary, PairPage page) {
}
