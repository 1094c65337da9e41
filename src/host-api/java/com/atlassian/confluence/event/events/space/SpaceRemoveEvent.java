package com.atlassian.confluence.event.events.space;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.core.util.ProgressMeter;

/** Host-API declaration (confluence): a space was removed with all its content. The bodies only serve the tests. */
public class SpaceRemoveEvent extends SpaceEvent {

    public SpaceRemoveEvent(Object source, Space space, ProgressMeter progressMeter) {
        super(source, space);
    }
}
