package com.atlassian.confluence.plugins.createcontent.impl;

/**
 * Host-API declaration (confluence-create-content-plugin): a space blueprint. Its only constructor
 * takes create-content types the app does not use; tests mock it.
 */
public class SpaceBlueprint extends PluginBackedBlueprint {

    private SpaceBlueprint() {
    }
}
