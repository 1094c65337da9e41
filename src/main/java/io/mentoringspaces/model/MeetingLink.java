package io.mentoringspaces.model;

import java.time.Instant;
import java.time.LocalDate;

/** The link of a meeting page to its plan. */
public record MeetingLink(int id, int planId, long pageId, LocalDate meetingDate, String title, boolean trashed, Instant updatedAt) {
}
