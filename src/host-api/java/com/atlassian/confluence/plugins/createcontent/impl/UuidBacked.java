package com.atlassian.confluence.plugins.createcontent.impl;

/**
 * Host-API declaration (confluence-create-content-plugin): something with a UUID. Not API: declared
 * only because the blueprint events' constructors name its subclasses, which the test Confluence
 * calls; the app's own code never uses this package (its bundle does not import it).
 */
public abstract class UuidBacked {

    protected UuidBacked() {
    }
}
