package io.mentoringspaces.bench;

import java.time.LocalDate;

/**
 * One row of a programme's pairs table as both sides of the comparison compute it: the app from its
 * tables, the content-scan baseline from page bodies. Equal rows show the two measure the same work.
 */
public record PairFigures(
        String spaceKey,
        int goalsAchieved,
        int goalsTotal,
        int averageProgress,
        int checklistPercent,
        int meetingsHeld,
        int meetingsExpected,
        LocalDate lastMeeting,
        int adherencePercent,
        boolean stalled) {
}
