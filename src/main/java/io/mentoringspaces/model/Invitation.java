package io.mentoringspaces.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where the plan's mentor stands with the invitation to mentor the pair.
 *
 * @param invitedAt     when the current mentor was named; null for plans older than invitations
 * @param acceptedOn    the day the mentor accepted; null while invited and for plans older than invitations
 * @param declinedAt    when the current mentor declined; null unless declined
 * @param declineReason the reason given with the decline, for the mentee only; null when none was given
 */
public record Invitation(Instant invitedAt, LocalDate acceptedOn, Instant declinedAt, String declineReason) {

    /** Whether the current mentor declined (and the mentee has not named another mentor yet). */
    public boolean declined() {
        return declinedAt != null;
    }
}
