package com.atlassian.confluence.plugins.createcontent.impl;

/** Host-API declaration (confluence-create-content-plugin): a page blueprint; its index key labels its pages. */
public class ContentBlueprint extends PluginBackedBlueprint {

    private String indexKey;

    public ContentBlueprint() {
    }

    public String getIndexKey() {
        return indexKey;
    }

    public void setIndexKey(String indexKey) {
        this.indexKey = indexKey;
    }
}
