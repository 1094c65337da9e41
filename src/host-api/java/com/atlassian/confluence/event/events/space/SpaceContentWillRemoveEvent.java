package com.atlassian.confluence.event.events.space;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.core.util.ProgressMeter;

/**
 * Host-API declaration (confluence): a space is about to be removed; published in a transaction of
 * its own before its permissions and pages go. The bodies only serve the tests.
 */
public class SpaceContentWillRemoveEvent extends SpaceEvent {

    public SpaceContentWillRemoveEvent(Object src, Space removedSpace, ProgressMeter progressMeter) {
        super(src, removedSpace);
    }
}
