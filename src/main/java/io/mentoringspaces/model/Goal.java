package io.mentoringspaces.model;

import java.time.Instant;
import java.time.LocalDate;

/** A goal of the index with its current status and progress. */
public record Goal(
        int id,
        int planId,
        String goalKey,
        String title,
        String target,
        LocalDate dueDate,
        GoalStatus status,
        int progressPercent,
        int position,
        boolean archived,
        Instant updatedAt) {
}
