package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.baseconditions.BaseCondition;
import java.util.Map;

/**
 * Host-API declaration (atlassian-plugins-webfragment-api): decides whether a web item, section or
 * panel is shown; created by the plugin system, autowired, then initialised with its parameters.
 */
public interface Condition extends BaseCondition {

    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}
