package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.ConfluenceUser;

/** Host-API declaration (confluence): a page was copied. The bodies only serve the tests. */
public class PageCopyEvent extends PageEvent {

    private final Page destination;

    public PageCopyEvent(Object source, Page origin, Page destination, ConfluenceUser initiator,
            boolean suppressNotifications) {
        super(source, origin);
        this.destination = destination;
    }

    public Page getDestination() {
        return destination;
    }
}
