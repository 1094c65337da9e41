package com.atlassian.confluence.event.events.space;

/**
 * Host-API declaration (confluence): a space was removed with all its content. Its constructor takes
 * a progress meter the app does not use; tests mock it.
 */
public class SpaceRemoveEvent extends SpaceEvent {

    private SpaceRemoveEvent() {
        super(null, null);
    }
}
