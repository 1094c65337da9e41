package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One side's feedback on a meeting: what that side wrote (plain text, or nothing) and the session's
 * pulse (left out while not given) with who gave it and when.
 */
public class FeedbackSideDto {

    private final String side;
    private final String text;
    private final Integer pulse;
    private final String pulseBy;
    private final String pulseAt;

    public FeedbackSideDto(String side, String text, Integer pulse, String pulseBy, String pulseAt) {
        this.side = side;
        this.text = text;
        this.pulse = pulse;
        this.pulseBy = pulseBy;
        this.pulseAt = pulseAt;
    }

    /** {@code mentee} or {@code mentor}. */
    @JsonProperty
    public String getSide() {
        return side;
    }

    /** The side's feedback macro as plain text, one line per item. */
    @JsonProperty
    public String getText() {
        return text;
    }

    /** 1–5. */
    @JsonProperty
    public Integer getPulse() {
        return pulse;
    }

    /** The display name of who gave it. */
    @JsonProperty
    public String getPulseBy() {
        return pulseBy;
    }

    /** ISO-8601 instant. */
    @JsonProperty
    public String getPulseAt() {
        return pulseAt;
    }
}
