package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The feedback on the meeting of a page: both sides (each with its text and pulse), the mentor's
 * suggestions with the mentee's marks, and, in answer to a change, the changed side's fragment of the
 * feedback macro re-rendered ({@code html}; left out otherwise).
 */
public class FeedbackDto {

    private final long pageId;
    private final List<FeedbackSideDto> sides;
    private final List<SuggestionDto> suggestions;
    private final String html;

    public FeedbackDto(long pageId, List<FeedbackSideDto> sides, List<SuggestionDto> suggestions, String html) {
        this.pageId = pageId;
        this.sides = List.copyOf(sides);
        this.suggestions = List.copyOf(suggestions);
        this.html = html;
    }

    @JsonProperty
    public long getPageId() {
        return pageId;
    }

    /** The mentee's side first, then the mentor's. */
    @JsonProperty
    public List<FeedbackSideDto> getSides() {
        return sides;
    }

    /** In page order. */
    @JsonProperty
    public List<SuggestionDto> getSuggestions() {
        return suggestions;
    }

    @JsonProperty
    public String getHtml() {
        return html;
    }
}
