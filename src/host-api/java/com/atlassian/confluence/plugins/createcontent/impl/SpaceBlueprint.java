package com.atlassian.confluence.plugins.createcontent.impl;

/** Host-API declaration (confluence-create-content-plugin): a space blueprint. Not API: see {@link UuidBacked}. */
public class SpaceBlueprint extends PluginBackedBlueprint {

    private SpaceBlueprint() {
    }
}
