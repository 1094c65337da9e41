package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.user.User;
import java.util.List;
import java.util.Objects;

/** Host-API declaration (confluence): a page was moved, possibly to another space. The bodies only serve the tests. */
public class PageMoveEvent extends PageEvent {

    private final List<Page> movedPageList;
    private final Space oldSpace;
    private final Page oldParentPage;

    public PageMoveEvent(Object source, Page movedPage, List<Page> movedPageList, Space oldSpace, Page oldParentPage,
            Integer oldPosition, User user, boolean movedBecauseOfParent) {
        super(source, movedPage);
        this.movedPageList = movedPageList;
        this.oldSpace = oldSpace;
        this.oldParentPage = oldParentPage;
    }

    public Space getOldSpace() {
        return oldSpace;
    }

    public Page getOldParentPage() {
        return oldParentPage;
    }

    public List<Page> getMovedPageList() {
        return movedPageList;
    }

    public boolean isMovedSpace() {
        return oldSpace != null && !Objects.equals(oldSpace.getKey(), getPage().getSpaceKey());
    }
}
