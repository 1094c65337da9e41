package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.spaces.Space;

/**
 * Host-API declaration (confluence): a page was moved, possibly to another space. Its constructor
 * takes many arguments the app does not use; tests mock it.
 */
public class PageMoveEvent extends PageEvent {

    private PageMoveEvent() {
        super(null, null);
    }

    public Space getOldSpace() {
        return null;
    }

    public boolean isMovedSpace() {
        return false;
    }
}
