package com.atlassian.plugin;

/** Host-API declaration (atlassian-plugins-api): a module's descriptor or parameters cannot be read. */
public class PluginParseException extends PluginException {

    private static final long serialVersionUID = 1L;

    public PluginParseException(String message) {
        super(message);
    }
}
