package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityManager;
import com.atlassian.confluence.spaces.Space;
import java.util.List;

/** Host-API declaration (confluence): finds pages and saves their new versions. */
public interface PageManager extends ContentEntityManager {

    @Deprecated
    Page getPage(long pageId);

    @Deprecated
    AbstractPage getAbstractPage(long id);

    @Deprecated
    Page getPage(String spaceKey, String pageTitle);

    List<Page> getPages(Space space, boolean currentOnly);
}
