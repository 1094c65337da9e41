package io.mentoringspaces.browser;

import java.util.Properties;

/**
 * A Confluence with the demo that the browser tests start for themselves when their configuration
 * names none (the sandbox, found through {@link java.util.ServiceLoader}).
 */
public interface LocalTarget {

    /** A started Confluence: the browser tests' configuration for it, and how to stop it. */
    record Started(Properties configuration, AutoCloseable stop) {
    }

    Started start() throws Exception;
}
