package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mentoringspaces.model.NoticePreference;

/** Whether the user gets one kind of mail: {@code {"kind": "meeting-tomorrow", "enabled": true}}. */
public class NoticePreferenceDto {

    private final NoticePreference preference;

    public NoticePreferenceDto(NoticePreference preference) {
        this.preference = preference;
    }

    @JsonProperty
    public String getKind() {
        return preference.kind().parameter();
    }

    @JsonProperty
    public boolean isEnabled() {
        return preference.enabled();
    }
}
