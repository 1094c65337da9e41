package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a pair's invitation stands after a change: the plan's status ({@code invited} or {@code active}),
 * its mentor, whether that mentor declined and, for the mentee only, the reason given (left out for
 * everybody else, and when none was given), and {@code html}, the space's invitation banner re-rendered
 * for the user (empty once the mentor accepted), which the page shows in place of the old one.
 */
public class InvitationDto {

    private final String status;
    private final String mentorName;
    private final boolean declined;
    private final String declineReason;
    private final String html;

    public InvitationDto(String status, String mentorName, boolean declined, String declineReason, String html) {
        this.status = status;
        this.mentorName = mentorName;
        this.declined = declined;
        this.declineReason = declineReason;
        this.html = html;
    }

    @JsonProperty
    public String getStatus() {
        return status;
    }

    @JsonProperty
    public String getMentorName() {
        return mentorName;
    }

    @JsonProperty
    public boolean isDeclined() {
        return declined;
    }

    @JsonProperty
    public String getDeclineReason() {
        return declineReason;
    }

    /** The invitation banner, re-rendered for the user. */
    @JsonProperty
    public String getHtml() {
        return html;
    }
}
