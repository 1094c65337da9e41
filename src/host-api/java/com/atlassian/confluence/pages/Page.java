package com.atlassian.confluence.pages;

/** Host-API declaration (confluence): a page. The bodies only serve the tests. */
public class Page extends AbstractPage {

    public static final String CONTENT_TYPE = "page";

    private Page parent;

    public Page getParent() {
        return parent;
    }

    public void setParentPage(Page parent) {
        this.parent = parent;
    }

    public String getType() {
        return CONTENT_TYPE;
    }
}
