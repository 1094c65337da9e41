package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The meeting figures of a space's growth plan (dates ISO-8601; a figure there is none of is left out of the JSON), the ids of
 * the linked meeting pages the user may view, newest first, and {@code html}, the meeting timeline
 * re-rendered for the current user.
 */
public class MeetingsStateDto {

    private final int held;
    private final int expected;
    private final int adherencePercent;
    private final Integer daysSinceLast;
    private final String lastMeeting;
    private final String nextDue;
    private final boolean overdue;
    private final boolean stalled;
    private final List<Long> meetingPageIds;
    private final String html;

    public MeetingsStateDto(int held, int expected, int adherencePercent, Integer daysSinceLast, String lastMeeting,
            String nextDue, boolean overdue, boolean stalled, List<Long> meetingPageIds, String html) {
        this.held = held;
        this.expected = expected;
        this.adherencePercent = adherencePercent;
        this.daysSinceLast = daysSinceLast;
        this.lastMeeting = lastMeeting;
        this.nextDue = nextDue;
        this.overdue = overdue;
        this.stalled = stalled;
        this.meetingPageIds = List.copyOf(meetingPageIds);
        this.html = html;
    }

    @JsonProperty
    public int getHeld() {
        return held;
    }

    @JsonProperty
    public int getExpected() {
        return expected;
    }

    @JsonProperty
    public int getAdherencePercent() {
        return adherencePercent;
    }

    @JsonProperty
    public Integer getDaysSinceLast() {
        return daysSinceLast;
    }

    @JsonProperty
    public String getLastMeeting() {
        return lastMeeting;
    }

    @JsonProperty
    public String getNextDue() {
        return nextDue;
    }

    @JsonProperty
    public boolean isOverdue() {
        return overdue;
    }

    @JsonProperty
    public boolean isStalled() {
        return stalled;
    }

    @JsonProperty
    public List<Long> getMeetingPageIds() {
        return meetingPageIds;
    }

    @JsonProperty
    public String getHtml() {
        return html;
    }
}
