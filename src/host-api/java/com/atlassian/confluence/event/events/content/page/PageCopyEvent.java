package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/** Host-API declaration (confluence): a page was copied; tests mock it. */
public class PageCopyEvent extends PageEvent {

    private PageCopyEvent() {
        super(null, null);
    }

    public Page getDestination() {
        return null;
    }
}
