package com.atlassian.confluence.core;

/**
 * Host-API declaration (confluence): saves content; the app saves a new version of a meeting page when
 * it completes one of the page's tasks. {@code PageManager} extends it.
 */
public interface ContentEntityManager {

    <T extends ContentEntityObject> void saveNewVersion(T current, Modification<T> modification, SaveContext saveContext);
}
