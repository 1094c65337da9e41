package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What the Mentoring meeting wizard fills in: the next due meeting date. */
public class MeetingDefaultsDto {

    private final String meetingDate;

    public MeetingDefaultsDto(String meetingDate) {
        this.meetingDate = meetingDate;
    }

    /** yyyy-MM-dd. */
    @JsonProperty
    public String getMeetingDate() {
        return meetingDate;
    }
}
