package io.mentoringspaces.confluence;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import java.util.List;

/**
 * Confluence's PageManager for what the app reads: a page by id (whatever its status, as the DAO
 * loads it), the current page of a space by title (any case), and a space's pages, current only or
 * with those in the trash.
 */
final class InMemoryPageManager {

    private final ContentStore content;

    InMemoryPageManager(ContentStore content) {
        this.content = content;
    }

    public Page getPage(long pageId) {
        return content.page(pageId);
    }

    public AbstractPage getAbstractPage(long id) {
        return content.page(id);
    }

    public Page getPage(String spaceKey, String pageTitle) {
        return content.space(spaceKey) == null ? null : content.currentPage(spaceKey, pageTitle);
    }

    public List<Page> getPages(Space space, boolean currentOnly) {
        return space == null ? List.of() : content.pages(space.getKey(), currentOnly);
    }
}
