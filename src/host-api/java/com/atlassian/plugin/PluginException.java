package com.atlassian.plugin;

/** Host-API declaration (atlassian-plugins-api): a failure of the plugin system. */
public class PluginException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PluginException(String message) {
        super(message);
    }
}
