package io.mentoringspaces.model;

/**
 * A programme's figures over all its pairs.
 *
 * @param pairs                      pairs (growth plans) in the programme
 * @param active                     pairs whose space still exists and whose mentorship is not closed
 * @param onTrack                    active pairs on track
 * @param atRisk                     active pairs at risk
 * @param stalled                    active pairs stalled
 * @param invited                    pairs whose mentor has not accepted yet (counted as active)
 * @param closed                     pairs that closed their mentorship (not counted as active)
 * @param closedGoalCompletionPercent goals the closed pairs had achieved when they closed, of all their goals,
 *                                   percent rounded down; 0 without closed pairs or goals
 * @param goalCompletionPercent      goals achieved of all goals, percent rounded down
 * @param meetingsLast30Days         meetings held in the 30 days up to today
 * @param checklistCompletionPercent checklist items ticked of all items, percent rounded down
 * @param practice                   the practice figures of all pairs, added up
 */
public record ProgrammeSummary(
        int pairs,
        int active,
        int onTrack,
        int atRisk,
        int stalled,
        int invited,
        int closed,
        int closedGoalCompletionPercent,
        int goalCompletionPercent,
        int meetingsLast30Days,
        int checklistCompletionPercent,
        PracticeFigures practice) {
}
