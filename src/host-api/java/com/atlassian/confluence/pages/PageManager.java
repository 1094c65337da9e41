package com.atlassian.confluence.pages;

import com.atlassian.confluence.spaces.Space;
import java.util.List;

/** Host-API declaration (confluence): finds pages. */
public interface PageManager {

    @Deprecated
    Page getPage(long pageId);

    @Deprecated
    AbstractPage getAbstractPage(long id);

    @Deprecated
    Page getPage(String spaceKey, String pageTitle);

    List<Page> getPages(Space space, boolean currentOnly);
}
