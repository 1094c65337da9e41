package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The open action items of the meetings before a meeting, oldest meeting first (those on pages the user
 * may view), and the action-items macro's fragment re-rendered with them ({@code html}).
 */
public class ActionItemListDto {

    private final List<ActionItemDto> items;
    private final String html;

    public ActionItemListDto(List<ActionItemDto> items, String html) {
        this.items = List.copyOf(items);
        this.html = html;
    }

    @JsonProperty
    public List<ActionItemDto> getItems() {
        return items;
    }

    @JsonProperty
    public String getHtml() {
        return html;
    }
}
