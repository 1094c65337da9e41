package com.atlassian.confluence.plugins.createcontent.impl;

/** Host-API declaration (confluence-create-content-plugin): a blueprint defined by a plugin module. */
public abstract class PluginBackedBlueprint extends UuidBacked {

    private String moduleCompleteKey;

    protected PluginBackedBlueprint() {
    }

    public String getModuleCompleteKey() {
        return moduleCompleteKey;
    }

    public void setModuleCompleteKey(String moduleCompleteKey) {
        this.moduleCompleteKey = moduleCompleteKey;
    }
}
