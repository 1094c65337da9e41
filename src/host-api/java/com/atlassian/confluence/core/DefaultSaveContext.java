package com.atlassian.confluence.core;

/**
 * Host-API declaration (confluence): the save contexts Confluence offers; {@link #DEFAULT} saves as an
 * edit by the current user, with notifications and events. Not in the checker's reference; the real
 * class is decompiled Confluence 8.7.2,
 * com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/core/DefaultSaveContext.java
 * (GitHub ngannk-fptu/Decompiled-Files). The value here only serves the tests; Confluence's own
 * class is used at run time.
 */
public class DefaultSaveContext implements SaveContext {

    public static final SaveContext DEFAULT = new DefaultSaveContext();

    private DefaultSaveContext() {
    }
}
