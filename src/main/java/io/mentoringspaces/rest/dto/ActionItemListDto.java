package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The open action items of the meetings before a meeting, oldest meeting first. */
public class ActionItemListDto {

    private final List<ActionItemDto> items;

    public ActionItemListDto(List<ActionItemDto> items) {
        this.items = List.copyOf(items);
    }

    @JsonProperty
    public List<ActionItemDto> getItems() {
        return items;
    }
}
