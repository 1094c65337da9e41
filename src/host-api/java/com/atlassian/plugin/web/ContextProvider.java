package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/** Host-API declaration (atlassian-plugins-webfragment-api): adds to the context a template is rendered with. */
public interface ContextProvider {

    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
