package io.mentoringspaces.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures of a plan kept with its row: goal counts and progress, checklist completion and the
 * dates of its meetings (trashed meeting pages left out).
 */
public record PlanFigures(
        int goalsTotal,
        int goalsAchieved,
        int progressSum,
        int checklistItems,
        int checklistDone,
        List<LocalDate> meetingDates) {

    public PlanFigures {
        meetingDates = List.copyOf(meetingDates);
    }

    /** Average progress of the plan's goals in percent, rounded down; 0 without goals. */
    public int averageProgress() {
        return goalsTotal == 0 ? 0 : progressSum / goalsTotal;
    }

    /** Share of checklist items ticked in percent, rounded down; 0 without items. */
    public int checklistPercent() {
        return checklistItems == 0 ? 0 : checklistDone * 100 / checklistItems;
    }
}
