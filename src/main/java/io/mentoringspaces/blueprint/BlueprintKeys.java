package io.mentoringspaces.blueprint;

import io.mentoringspaces.PluginKeys;

/** Complete keys of the app's blueprint modules, as macros and the space wizard name them. */
public final class BlueprintKeys {

    public static final String SPACE_BLUEPRINT = PluginKeys.PLUGIN_KEY + ":mentoring-space-blueprint";
    public static final String MEETING_BLUEPRINT = PluginKeys.PLUGIN_KEY + ":meeting-blueprint";
    public static final String CLOSING_REVIEW_BLUEPRINT = PluginKeys.PLUGIN_KEY + ":closing-review-blueprint";

    private BlueprintKeys() {
    }
}
