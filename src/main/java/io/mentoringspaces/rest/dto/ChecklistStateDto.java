package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A checklist as its macro shows it: its items' keys and ticks, the completion figures, and
 * {@code html}, the checklist re-rendered for the current user (the only field carrying the items'
 * words, HTML-escaped).
 */
public class ChecklistStateDto {

    private final String checklistId;
    private final int done;
    private final int total;
    private final int percent;
    private final List<ChecklistItemDto> items;
    private final String html;

    public ChecklistStateDto(String checklistId, int done, int total, int percent, List<ChecklistItemDto> items, String html) {
        this.checklistId = checklistId;
        this.done = done;
        this.total = total;
        this.percent = percent;
        this.items = List.copyOf(items);
        this.html = html;
    }

    @JsonProperty
    public String getChecklistId() {
        return checklistId;
    }

    @JsonProperty
    public int getDone() {
        return done;
    }

    @JsonProperty
    public int getTotal() {
        return total;
    }

    @JsonProperty
    public int getPercent() {
        return percent;
    }

    @JsonProperty
    public List<ChecklistItemDto> getItems() {
        return items;
    }

    @JsonProperty
    public String getHtml() {
        return html;
    }
}
