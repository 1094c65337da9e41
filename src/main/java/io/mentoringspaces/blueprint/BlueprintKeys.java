package io.mentoringspaces.blueprint;

import io.mentoringspaces.PluginKeys;

/** Complete keys of the app's blueprint modules, as Confluence names them in events and macros. */
public final class BlueprintKeys {

    public static final String SPACE_BLUEPRINT = PluginKeys.PLUGIN_KEY + ":mentoring-space-blueprint";
    public static final String MEETING_BLUEPRINT = PluginKeys.PLUGIN_KEY + ":meeting-blueprint";
    public static final String GROWTH_PLAN_BLUEPRINT = PluginKeys.PLUGIN_KEY + ":growth-plan-blueprint";

    private BlueprintKeys() {
    }
}
