package io.mentoringspaces.model;

import java.time.LocalDate;

/** What the space wizard submits to create a growth plan. */
public record NewPlan(
        String spaceKey,
        String programmeKey,
        String menteeKey,
        String menteeName,
        String mentorKey,
        String mentorName,
        LocalDate startDate,
        Cadence cadence) {
}
