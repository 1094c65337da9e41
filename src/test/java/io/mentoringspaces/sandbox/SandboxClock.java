package io.mentoringspaces.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The sandbox's {@code clock} bean: the system clock, except while the demo data is written, when it
 * is turned back to the day each change happened (a meeting, a progress update, a tick).
 */
public final class SandboxClock extends Clock {

    private final ZoneId zone;
    private volatile Instant fixed;

    public SandboxClock(ZoneId zone) {
        this.zone = zone;
    }

    /** Stops the clock at {@code instant}, until {@link #release()}. */
    public void set(Instant instant) {
        fixed = instant;
    }

    /** Back to the system clock. */
    public void release() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        SandboxClock clock = new SandboxClock(other);
        clock.fixed = fixed;
        return clock;
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at == null ? Instant.now() : at;
    }
}
