package io.mentoringspaces.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The growth plan of one mentoring space. {@code meetingsPageId} is the space's Meetings page, the parent
 * of new meeting pages, as the space blueprint created it (0 when the app does not know it: spaces
 * created before it was recorded).
 */
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
        PlanFigures figures,
        long meetingsPageId) {
}
