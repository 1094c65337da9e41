package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageUpdateTrigger;
import java.util.Objects;

/**
 * Host-API declaration (confluence): a page was saved with a new version (title or body changed).
 * The bodies only serve the tests.
 */
public class PageUpdateEvent extends PageEvent {

    private final AbstractPage originalPage;
    private final PageUpdateTrigger updateTrigger;

    @Deprecated
    public PageUpdateEvent(Object source, Page page, AbstractPage originalPage, boolean suppressNotifications,
            PageUpdateTrigger updateTrigger) {
        super(source, page);
        this.originalPage = originalPage;
        this.updateTrigger = updateTrigger;
    }

    /** The page as it was before this version: the new historical version. */
    public AbstractPage getOriginalPage() {
        return originalPage;
    }

    public PageUpdateTrigger getUpdateTrigger() {
        return updateTrigger;
    }

    public boolean isTitleChanged() {
        return originalPage != null && !Objects.equals(originalPage.getTitle(), getPage().getTitle());
    }
}
