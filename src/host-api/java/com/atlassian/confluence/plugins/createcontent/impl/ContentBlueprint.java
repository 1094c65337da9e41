package com.atlassian.confluence.plugins.createcontent.impl;

/** Host-API declaration (confluence-create-content-plugin): a page blueprint. Not API: see {@link UuidBacked}. */
public class ContentBlueprint extends PluginBackedBlueprint {

    public ContentBlueprint() {
    }
}
