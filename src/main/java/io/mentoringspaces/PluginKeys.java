package io.mentoringspaces;

/** Keys the app is known by in Confluence. */
public final class PluginKeys {

    /** The plugin key: the pom's {@code atlassian.plugin.key}, the manifest's {@code Atlassian-Plugin-Key}. */
    public static final String PLUGIN_KEY = "io.mentoringspaces.mentoring-spaces";

    private PluginKeys() {
    }
}
