package io.mentoringspaces.rest.dto;

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

    public String getGoalKey() {
        return goalKey;
    }

    /** {@code not-started}, {@code in-progress}, {@code achieved} or {@code dropped}. */
    public String getStatus() {
        return status;
    }

    /** Progress in percent as shown (an achieved goal counts 100). */
    public int getPercent() {
        return percent;
    }

    /** {@code not-agreed}, {@code agreed} or {@code target-changed}. */
    public String getAgreement() {
        return agreement;
    }

    public String getHtml() {
        return html;
    }
}
