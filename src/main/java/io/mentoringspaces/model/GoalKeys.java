package io.mentoringspaces.model;

/**
 * The key of a goal macro. The macro browser gives every goal macro it inserts a key of its own; a
 * goal macro written without one (in a page template, say) is known by a key derived from its
 * title, so that the page, the goal index and the rendered card agree on it.
 */
public final class GoalKeys {

    private GoalKeys() {
    }

    /** {@code t-} and the fingerprint of the title (case and spacing ignored). */
    public static String fromTitle(String title) {
        return "t-" + Fingerprints.of(title);
    }
}
