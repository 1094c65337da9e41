package com.atlassian.confluence.event.events.space;

import com.atlassian.confluence.spaces.Space;

/** Host-API declaration (confluence): something happened to a space. The bodies only serve the tests. */
public abstract class SpaceEvent {

    protected Space space;

    public SpaceEvent(Object source, Space space) {
        this.space = space;
    }

    public Space getSpace() {
        return space;
    }
}
