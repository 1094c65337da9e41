package io.mentoringspaces.model;

import java.time.Instant;

/**
 * A suggestion of the mentor on a meeting page (a list item of the mentor's feedback macro) and what
 * the mentee made of it. Its text is shown only to users who may view the page.
 */
public record Suggestion(long pageId, String itemKey, String text, int position, boolean removed, SuggestionMark mark,
        String markedBy, Instant markedAt) {
}
