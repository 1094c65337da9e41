package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What became of the meeting of a page: its state, dates, who set it and when, the notice of a
 * cancellation, when its agenda was shared, and what the user may set it to. Properties without a
 * value are left out: {@code movedTo} of a meeting never moved, {@code stateBy} and {@code stateAt}
 * of a meeting planned from the start (and {@code stateBy} of one the upgrade marked held),
 * {@code noticeHours} and {@code lateCancellation} of a meeting not cancelled, {@code aimsSavedAt}
 * and {@code agendaDaysAhead} before the page had its aims saved. {@code html} is the meeting macro's
 * state bar re-rendered for the user, which the page shows in place of the old one.
 */
public class MeetingStateDto {

    private final long pageId;
    private final String state;
    private final String pageDate;
    private final String effectiveDate;
    private final String movedTo;
    private final String stateBy;
    private final String stateAt;
    private final Integer noticeHours;
    private final Boolean lateCancellation;
    private final String aimsSavedAt;
    private final Integer agendaDaysAhead;
    private final boolean past;
    private final List<String> nextStates;
    private final String html;

    public MeetingStateDto(long pageId, String state, String pageDate, String effectiveDate, String movedTo, String stateBy,
            String stateAt, Integer noticeHours, Boolean lateCancellation, String aimsSavedAt, Integer agendaDaysAhead,
            boolean past, List<String> nextStates, String html) {
        this.pageId = pageId;
        this.state = state;
        this.pageDate = pageDate;
        this.effectiveDate = effectiveDate;
        this.movedTo = movedTo;
        this.stateBy = stateBy;
        this.stateAt = stateAt;
        this.noticeHours = noticeHours;
        this.lateCancellation = lateCancellation;
        this.aimsSavedAt = aimsSavedAt;
        this.agendaDaysAhead = agendaDaysAhead;
        this.past = past;
        this.nextStates = List.copyOf(nextStates);
        this.html = html;
    }

    @JsonProperty
    public long getPageId() {
        return pageId;
    }

    /** {@code planned}, {@code held}, {@code cancelled} or {@code moved}. */
    @JsonProperty
    public String getState() {
        return state;
    }

    /** The page's date (the date its title starts with). */
    @JsonProperty
    public String getPageDate() {
        return pageDate;
    }

    /** The day the meeting takes place: the moved-to date, else the page's date. */
    @JsonProperty
    public String getEffectiveDate() {
        return effectiveDate;
    }

    @JsonProperty
    public String getMovedTo() {
        return movedTo;
    }

    /** The display name of who set the state last. */
    @JsonProperty
    public String getStateBy() {
        return stateBy;
    }

    /** When the state was set last (ISO-8601 instant). */
    @JsonProperty
    public String getStateAt() {
        return stateAt;
    }

    /** Whole hours between the cancellation and the meeting's start. */
    @JsonProperty
    public Integer getNoticeHours() {
        return noticeHours;
    }

    /** Whether the meeting was cancelled less than 24 hours before it began. */
    @JsonProperty
    public Boolean getLateCancellation() {
        return lateCancellation;
    }

    /** When the page was first saved with the session's aims (ISO-8601 instant). */
    @JsonProperty
    public String getAimsSavedAt() {
        return aimsSavedAt;
    }

    /** Whole days between the aims being saved and the meeting's start (0 on the same day, negative after it). */
    @JsonProperty
    public Integer getAgendaDaysAhead() {
        return agendaDaysAhead;
    }

    /** Whether the meeting's day has passed: its page is a record of the meeting. */
    @JsonProperty
    public boolean isPast() {
        return past;
    }

    /** The states the user may set now ({@code []} for anyone but the plan's mentee and mentor). */
    @JsonProperty
    public List<String> getNextStates() {
        return nextStates;
    }

    /** The meeting macro's state bar for the user, with the controls the user may use. */
    @JsonProperty
    public String getHtml() {
        return html;
    }
}
