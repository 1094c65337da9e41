package com.atlassian.confluence.plugins.createcontent.impl;

/** Host-API declaration (confluence-create-content-plugin): something with a UUID. */
public abstract class UuidBacked {

    protected UuidBacked() {
    }
}
