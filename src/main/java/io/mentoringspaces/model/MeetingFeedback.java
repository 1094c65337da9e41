package io.mentoringspaces.model;

import java.util.List;
import java.util.Map;

/** Both sides' feedback on one meeting and the mentor's suggestions on its page that are still there, in page order. */
public record MeetingFeedback(long pageId, Map<FeedbackSide, Feedback> sides, List<Suggestion> suggestions) {

    public MeetingFeedback {
        sides = Map.copyOf(sides);
        suggestions = List.copyOf(suggestions);
    }

    /** That side's feedback; empty (no text, no pulse) when it gave none. */
    public Feedback side(FeedbackSide side) {
        return sides.getOrDefault(side, new Feedback(pageId, side, null, Pulse.NONE));
    }
}
