package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.SpaceContentEntityObject;

/** Host-API declaration (confluence): a page or blog post. */
public abstract class AbstractPage extends SpaceContentEntityObject {

    public String getUrlPath() {
        return "/pages/viewpage.action?pageId=" + getId();
    }
}
