package com.atlassian.confluence.plugins.createcontent.impl;

/**
 * Host-API declaration (confluence-create-content-plugin): a blueprint defined by a plugin module. Not
 * API: see {@link UuidBacked}.
 */
public abstract class PluginBackedBlueprint extends UuidBacked {

    protected PluginBackedBlueprint() {
    }
}
