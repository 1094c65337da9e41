package com.atlassian.confluence.event.events.content.page;

/**
 * Host-API declaration (confluence): a page was saved with a new version (title or body changed).
 * Its constructors take types the app does not use; tests mock it.
 */
public class PageUpdateEvent extends PageEvent {

    private PageUpdateEvent() {
        super(null, null);
    }
}
