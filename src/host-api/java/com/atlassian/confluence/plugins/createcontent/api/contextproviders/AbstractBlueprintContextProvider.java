package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import java.util.Map;

/**
 * Host-API declaration (confluence-create-content-plugin): the base of a content template's context
 * provider; {@link #getContextMap} wraps the context and hands it to {@link #updateBlueprintContext}.
 * The bodies only serve the tests.
 */
public abstract class AbstractBlueprintContextProvider implements ContextProvider {

    @Deprecated
    public AbstractBlueprintContextProvider() {
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
    }

    @Override
    public final Map<String, Object> getContextMap(Map<String, Object> context) {
        return updateBlueprintContext(new BlueprintContext(context)).getMap();
    }

    protected abstract BlueprintContext updateBlueprintContext(BlueprintContext context);
}
