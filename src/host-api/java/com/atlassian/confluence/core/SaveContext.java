package com.atlassian.confluence.core;

import java.io.Serializable;

/**
 * Host-API declaration (confluence): how content is saved (notifications, events, last modifier).
 * Not in the checker's reference; the real interface (which also extends {@code OperationContext})
 * is decompiled Confluence 8.7.2, com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/core/SaveContext.java
 * (GitHub ngannk-fptu/Decompiled-Files). The app uses none of its members.
 */
public interface SaveContext extends Serializable {
}
