package io.mentoringspaces.rest.dto;

/** What the Mentoring meeting wizard fills in: the next due meeting date. */
public class MeetingDefaultsDto {

    private final String meetingDate;

    public MeetingDefaultsDto(String meetingDate) {
        this.meetingDate = meetingDate;
    }

    /** yyyy-MM-dd. */
    public String getMeetingDate() {
        return meetingDate;
    }
}
