package com.atlassian.confluence.spaces;

import com.atlassian.core.bean.EntityObject;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.SpacePermission;
import java.util.ArrayList;
import java.util.List;

/** Host-API declaration (confluence): a space. The bodies only serve the tests. */
public class Space extends EntityObject {

    private String key;
    private String name;
    private Page homePage;
    private List<SpacePermission> permissions = new ArrayList<>();

    public Space() {
    }

    public Space(String key) {
        this.key = key;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Page getHomePage() {
        return homePage;
    }

    public void setHomePage(Page homePage) {
        this.homePage = homePage;
    }

    public List<SpacePermission> getPermissions() {
        return permissions;
    }

    public void setPermissions(List<SpacePermission> permissions) {
        this.permissions = permissions;
    }

    public String getUrlPath() {
        return "/display/" + key;
    }
}
