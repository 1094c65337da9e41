package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The state of one goal as its macros show it: figures for scripts, and {@code html}, the goal's
 * state fragment re-rendered for the current user (the only field carrying what people wrote,
 * HTML-escaped).
 */
public class GoalStateDto {

    private final String goalKey;
    private final String status;
    private final int percent;
    private final String agreement;
    private final String html;

    public GoalStateDto(String goalKey, String status, int percent, String agreement, String html) {
        this.goalKey = goalKey;
        this.status = status;
        this.percent = percent;
        this.agreement = agreement;
        this.html = html;
    }

    @JsonProperty
    public String getGoalKey() {
        return goalKey;
    }

    /** {@code not-started}, {@code in-progress}, {@code achieved} or {@code dropped}. */
    @JsonProperty
    public String getStatus() {
        return status;
    }

    /** Progress in percent as shown (an achieved goal counts 100). */
    @JsonProperty
    public int getPercent() {
        return percent;
    }

    /** {@code not-agreed}, {@code agreed} or {@code target-changed}. */
    @JsonProperty
    public String getAgreement() {
        return agreement;
    }

    @JsonProperty
    public String getHtml() {
        return html;
    }
}
