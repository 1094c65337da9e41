package com.atlassian.confluence.pages;

/**
 * Host-API declaration (confluence): what made a page change, as page events carry it. Not in the
 * checker's reference; the real enum is decompiled Confluence 8.7.2,
 * com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/pages/PageUpdateTrigger.java
 * (GitHub ngannk-fptu/Decompiled-Files). Only the constants the tests' Confluence uses.
 */
public enum PageUpdateTrigger {
    EDIT_PAGE,
    SPACE_CREATE,
    PAGE_RENAME,
    UNKNOWN
}
