package com.atlassian.confluence.pages;

/** Host-API declaration (confluence): finds pages. */
public interface PageManager {

    @Deprecated
    Page getPage(long pageId);

    @Deprecated
    AbstractPage getAbstractPage(long id);
}
