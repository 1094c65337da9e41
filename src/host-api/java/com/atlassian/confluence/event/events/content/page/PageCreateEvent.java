package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/** Host-API declaration (confluence): a page was created (also by copying or importing). */
public class PageCreateEvent extends PageEvent {

    @Deprecated
    public PageCreateEvent(Object source, Page page) {
        super(source, page);
    }
}
