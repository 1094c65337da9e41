package io.mentoringspaces.model;

import java.time.Instant;

/**
 * One side's feedback on a meeting: the text of that side's feedback macro (null without one; shown
 * only to users who may view the page) and the session's pulse (0 when not given) with who gave it
 * and when.
 */
public record Feedback(long pageId, FeedbackSide side, String text, int pulse, String pulseBy, Instant pulseAt) {

    /** Whether this side said anything about the meeting: a text or a pulse. */
    public boolean given() {
        return text != null && !text.isBlank() || pulse > 0;
    }
}
