package io.mentoringspaces.model;

import java.time.Instant;
import java.time.LocalDate;

/** The growth plan of one mentoring space. */
public record GrowthPlan(
        int id,
        String spaceKey,
        int programmeId,
        String menteeKey,
        String menteeName,
        String mentorKey,
        String mentorName,
        LocalDate startDate,
        Cadence cadence,
        PlanStatus status,
        Instant createdAt,
        PlanFigures figures) {
}
