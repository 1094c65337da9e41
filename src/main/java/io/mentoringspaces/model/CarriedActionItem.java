package io.mentoringspaces.model;

import java.time.LocalDate;

/** An open action item of an earlier meeting, with the effective date of the meeting it came from. */
public record CarriedActionItem(ActionItem item, LocalDate meetingDate) {
}
