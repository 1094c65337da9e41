package io.mentoringspaces.model;

import java.time.Instant;

/** The mentor's agreement to a goal's target as it read at the time. */
public record MentorAgreement(int id, int goalId, String mentorKey, Instant agreedAt, String targetText) {
}
