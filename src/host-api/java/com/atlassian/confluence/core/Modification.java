package com.atlassian.confluence.core;

/**
 * Host-API declaration (confluence): a change to content that {@link ContentEntityManager#saveNewVersion}
 * applies to the current version after it kept the old one as a historical version. Not in the
 * checker's reference; the real interface is decompiled Confluence 8.7.2,
 * com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/core/Modification.java
 * (GitHub ngannk-fptu/Decompiled-Files).
 */
public interface Modification<T extends ContentEntityObject> {

    void modify(T content);
}
