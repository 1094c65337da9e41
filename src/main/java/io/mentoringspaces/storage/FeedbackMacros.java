package io.mentoringspaces.storage;

import io.mentoringspaces.model.FeedbackSide;
import io.mentoringspaces.model.WrittenItem;
import java.util.List;
import java.util.Map;

/**
 * The feedback macros of a meeting page, as {@link StorageReader#feedback} reads them.
 *
 * @param texts       each side's feedback as plain text, one line per item of its body; a side without
 *                    a macro, or whose macro's body has no text, is absent
 * @param suggestions the list items of the mentor's feedback macro, in page order
 */
public record FeedbackMacros(Map<FeedbackSide, String> texts, List<WrittenItem> suggestions) {

    public FeedbackMacros {
        texts = Map.copyOf(texts);
        suggestions = List.copyOf(suggestions);
    }
}
