package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** Host-API declaration (atlassian-template-renderer-api): renders the app's Velocity templates. */
public interface TemplateRenderer {

    void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException;

    String renderFragment(String templateName, Map<String, Object> context) throws RenderingException;
}
