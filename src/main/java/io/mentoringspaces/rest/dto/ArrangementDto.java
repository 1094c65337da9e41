package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * When, how long and where a pair meets. {@code meetingTime} and {@code meetingPlace} are left out
 * while none was agreed. {@code html} is the arrangement as the meetings macro shows it to the user
 * (with the form to change it for the pair), which the page shows in place of the old one.
 */
public class ArrangementDto {

    private final String meetingTime;
    private final int meetingDuration;
    private final String meetingPlace;
    private final boolean canChange;
    private final String html;

    public ArrangementDto(String meetingTime, int meetingDuration, String meetingPlace, boolean canChange, String html) {
        this.meetingTime = meetingTime;
        this.meetingDuration = meetingDuration;
        this.meetingPlace = meetingPlace;
        this.canChange = canChange;
        this.html = html;
    }

    /** {@code HH:mm}. */
    @JsonProperty
    public String getMeetingTime() {
        return meetingTime;
    }

    /** Minutes. */
    @JsonProperty
    public int getMeetingDuration() {
        return meetingDuration;
    }

    /** A place, or an http(s) link. */
    @JsonProperty
    public String getMeetingPlace() {
        return meetingPlace;
    }

    /** Whether the user (the plan's mentee or mentor) may change it. */
    @JsonProperty
    public boolean isCanChange() {
        return canChange;
    }

    /** The arrangement's fragment of the meetings macro, re-rendered for the user. */
    @JsonProperty
    public String getHtml() {
        return html;
    }
}
