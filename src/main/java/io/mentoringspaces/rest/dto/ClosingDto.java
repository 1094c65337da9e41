package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a pair's mentorship stands after it was closed or reopened: the plan's status ({@code closed} or
 * {@code active}), the day it was closed ({@code yyyy-MM-dd}; null once reopened), and {@code html}, the
 * closing fragment of the closing review page re-rendered for the user, which the page shows in place of
 * the old one.
 */
public class ClosingDto {

    private final String status;
    private final String closedOn;
    private final String html;

    public ClosingDto(String status, String closedOn, String html) {
        this.status = status;
        this.closedOn = closedOn;
        this.html = html;
    }

    @JsonProperty
    public String getStatus() {
        return status;
    }

    @JsonProperty
    public String getClosedOn() {
        return closedOn;
    }

    /** The closing fragment, re-rendered for the user. */
    @JsonProperty
    public String getHtml() {
        return html;
    }
}
