package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The plan's goals as they stood at a meeting, in page order. */
public class GoalsAtMeetingDto {

    private final String meetingDate;
    private final boolean past;
    private final List<GoalAtMeetingDto> goals;

    public GoalsAtMeetingDto(String meetingDate, boolean past, List<GoalAtMeetingDto> goals) {
        this.meetingDate = meetingDate;
        this.past = past;
        this.goals = List.copyOf(goals);
    }

    /** The meeting's effective date. */
    @JsonProperty
    public String getMeetingDate() {
        return meetingDate;
    }

    /** Whether the meeting's day has passed (its page shows the goals as they stood then). */
    @JsonProperty
    public boolean isPast() {
        return past;
    }

    @JsonProperty
    public List<GoalAtMeetingDto> getGoals() {
        return goals;
    }
}
