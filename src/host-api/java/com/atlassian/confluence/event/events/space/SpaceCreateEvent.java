package com.atlassian.confluence.event.events.space;

import com.atlassian.confluence.spaces.Space;

/** Host-API declaration (confluence): a space was created, before any page of it. */
public class SpaceCreateEvent extends SpaceEvent {

    public SpaceCreateEvent(Object source, Space space) {
        super(source, space);
    }
}
