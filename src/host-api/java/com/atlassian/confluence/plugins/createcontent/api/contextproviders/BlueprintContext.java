package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

import java.util.HashMap;
import java.util.Map;

/**
 * Host-API declaration (confluence-create-content-plugin): the context a blueprint's template is
 * rendered with: the wizard's fields, the space key and the page title. The bodies only serve the tests.
 */
public class BlueprintContext {

    private final Map<String, Object> map;

    BlueprintContext(Map<String, Object> map) {
        this.map = map;
    }

    public BlueprintContext() {
        this(new HashMap<>());
    }

    public Map<String, Object> getMap() {
        return map;
    }

    public String getSpaceKey() {
        return (String) map.get("spaceKey");
    }

    public Object get(String key) {
        return map.get(key);
    }

    public void put(String key, Object value) {
        map.put(key, value);
    }

    public void setTitle(String title) {
        map.put("ContentPageTitle", title);
    }

    public void setSpaceKey(String spaceKey) {
        map.put("spaceKey", spaceKey);
    }
}
