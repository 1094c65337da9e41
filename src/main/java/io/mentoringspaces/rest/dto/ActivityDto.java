package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A development activity of the growth plan and its status, with the activity macro re-rendered
 * ({@code html}). {@code goalKey}, {@code changedBy} (a display name) and {@code changedAt} are left out
 * when it has none.
 */
public class ActivityDto {

    private final String key;
    private final String title;
    private final String kind;
    private final String goalKey;
    private final String status;
    private final String changedBy;
    private final String changedAt;
    private final String html;

    public ActivityDto(String key, String title, String kind, String goalKey, String status, String changedBy, String changedAt,
            String html) {
        this.key = key;
        this.title = title;
        this.kind = kind;
        this.goalKey = goalKey;
        this.status = status;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.html = html;
    }

    @JsonProperty
    public String getKey() {
        return key;
    }

    @JsonProperty
    public String getTitle() {
        return title;
    }

    /** {@code course}, {@code project}, {@code event} or {@code other}. */
    @JsonProperty
    public String getKind() {
        return kind;
    }

    @JsonProperty
    public String getGoalKey() {
        return goalKey;
    }

    /** {@code planned}, {@code in-progress} or {@code done}. */
    @JsonProperty
    public String getStatus() {
        return status;
    }

    @JsonProperty
    public String getChangedBy() {
        return changedBy;
    }

    @JsonProperty
    public String getChangedAt() {
        return changedAt;
    }

    @JsonProperty
    public String getHtml() {
        return html;
    }
}
