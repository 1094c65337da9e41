package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;
import com.atlassian.user.User;

/** Host-API declaration (confluence): a page was moved to the space's trash. */
public class PageTrashedEvent extends PageEvent {

    public PageTrashedEvent(Object source, Page page, User originatingUser, boolean suppressNotifications) {
        super(source, page);
    }
}
