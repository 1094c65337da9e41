package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mentoringspaces.model.NoticePreference;
import java.util.List;

/** The user's preference for every kind of mail, in the kinds' order. */
public class NoticePreferencesDto {

    private final List<NoticePreferenceDto> kinds;

    public NoticePreferencesDto(List<NoticePreference> preferences) {
        this.kinds = preferences.stream().map(NoticePreferenceDto::new).toList();
    }

    @JsonProperty
    public List<NoticePreferenceDto> getKinds() {
        return kinds;
    }
}
