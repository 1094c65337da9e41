package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/** Host-API declaration (confluence): a page was purged (removed for good). */
public class PageRemoveEvent extends PageEvent {

    public PageRemoveEvent(Object source, Page removedPage) {
        super(source, removedPage);
    }
}
