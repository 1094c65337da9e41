package io.mentoringspaces.confluence;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.Modification;
import com.atlassian.confluence.core.SaveContext;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import java.util.List;

/**
 * Confluence's PageManager for what the app reads: a page by id (whatever its status, as the DAO
 * loads it), the current page of a space by title (any case), and a space's pages, current only or
 * with those in the trash; and saving a new version of a page with a change, as the editor saves one
 * ({@link Editor#saveNewVersion(Page, java.util.function.Consumer)}).
 */
final class InMemoryPageManager {

    private final ContentStore content;
    private final Editor editor;

    InMemoryPageManager(ContentStore content, Editor editor) {
        this.content = content;
        this.editor = editor;
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

    /** Only pages are saved this way in the test Confluence; the save context changes nothing the app sees. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void saveNewVersion(ContentEntityObject current, Modification modification, SaveContext saveContext) {
        if (!(current instanceof Page page)) {
            throw new UnsupportedOperationException("The test Confluence saves new versions of pages only");
        }
        editor.saveNewVersion(page, changed -> modification.modify(changed));
    }
}
