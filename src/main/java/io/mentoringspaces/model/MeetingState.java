package io.mentoringspaces.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where a meeting stands. A meeting page is planned until the pair says what became of it: held,
 * cancelled or moved to another date. A planned or moved meeting may be held, cancelled or moved
 * (again); a held or cancelled one may only be set back to planned, to undo a mistake.
 */
public enum MeetingState {
    PLANNED,
    HELD,
    CANCELLED,
    MOVED;

    /** The states this one may change to. */
    public Set<MeetingState> next() {
        return switch (this) {
            case PLANNED, MOVED -> EnumSet.of(HELD, CANCELLED, MOVED);
            case HELD, CANCELLED -> EnumSet.of(PLANNED);
        };
    }

    /** The name used in URLs and JSON: {@code planned}, {@code held}, {@code cancelled}, {@code moved}. */
    public String parameter() {
        return Parameters.of(this);
    }

    /** The state named by {@link #parameter()}, or null. */
    public static MeetingState fromParameter(String text) {
        return Parameters.parse(values(), text);
    }

    public static List<String> parameters() {
        return Parameters.names(values());
    }
}
