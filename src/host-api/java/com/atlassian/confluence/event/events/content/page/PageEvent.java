package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/** Host-API declaration (confluence): something happened to a page. The bodies only serve the tests. */
public abstract class PageEvent {

    private final Page page;

    @Deprecated
    public PageEvent(Object source, Page page) {
        this.page = page;
    }

    public Page getPage() {
        return page;
    }
}
