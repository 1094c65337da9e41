package io.mentoringspaces.model;

import java.time.Instant;

/**
 * One side's pulse on a meeting: how useful the session was, 1–5, with who gave it and when; {@link #NONE}
 * (value 0) until given.
 */
public record Pulse(int value, String by, Instant at) {

    /** No pulse given. */
    public static final Pulse NONE = new Pulse(0, null, null);

    /** Whether a pulse was given. */
    public boolean given() {
        return value > 0;
    }
}
