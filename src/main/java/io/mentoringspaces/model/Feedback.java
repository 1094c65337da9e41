package io.mentoringspaces.model;

/**
 * One side's feedback on a meeting: the text of that side's feedback macro (null without one; shown
 * only to users who may view the page) and the session's pulse that side gave.
 */
public record Feedback(long pageId, FeedbackSide side, String text, Pulse pulse) {

    /** Whether this side said anything about the meeting: a text or a pulse. */
    public boolean given() {
        return text != null && !text.isBlank() || pulse.given();
    }
}
