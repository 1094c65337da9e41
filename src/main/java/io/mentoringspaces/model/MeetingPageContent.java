package io.mentoringspaces.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the index reads from a saved version of a meeting page.
 *
 * @param aimsWritten whether the meeting macro holds the session's aims
 * @param savedAt     the version's date
 * @param tasks       the page's Confluence tasks with an id, in page order
 * @param feedback    the text of each side's feedback macro (a side without one is absent)
 * @param suggestions the list items of the mentor's feedback macro, in page order
 */
public record MeetingPageContent(boolean aimsWritten, Instant savedAt, List<PageTask> tasks, Map<FeedbackSide, String> feedback,
        List<WrittenItem> suggestions) {

    public MeetingPageContent {
        tasks = List.copyOf(tasks);
        feedback = Map.copyOf(feedback);
        suggestions = List.copyOf(suggestions);
    }
}
