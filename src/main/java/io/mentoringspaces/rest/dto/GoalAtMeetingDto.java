package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One goal as it stood at a meeting beside its current state ({@code recordedAt} left out when no
 * update had been recorded by then).
 */
public class GoalAtMeetingDto {

    private final String goalKey;
    private final String status;
    private final int percent;
    private final String recordedAt;
    private final String currentStatus;
    private final int currentPercent;

    public GoalAtMeetingDto(String goalKey, String status, int percent, String recordedAt, String currentStatus,
            int currentPercent) {
        this.goalKey = goalKey;
        this.status = status;
        this.percent = percent;
        this.recordedAt = recordedAt;
        this.currentStatus = currentStatus;
        this.currentPercent = currentPercent;
    }

    @JsonProperty
    public String getGoalKey() {
        return goalKey;
    }

    /** The status at the meeting. */
    @JsonProperty
    public String getStatus() {
        return status;
    }

    /** The progress at the meeting, percent as shown (an achieved goal counts 100). */
    @JsonProperty
    public int getPercent() {
        return percent;
    }

    /** When the update the goal stood at was recorded (ISO-8601 instant). */
    @JsonProperty
    public String getRecordedAt() {
        return recordedAt;
    }

    @JsonProperty
    public String getCurrentStatus() {
        return currentStatus;
    }

    @JsonProperty
    public int getCurrentPercent() {
        return currentPercent;
    }
}
