package io.mentoringspaces.coordinator;

import com.atlassian.templaterenderer.TemplateRenderer;
import io.mentoringspaces.confluence.VelocityTemplateRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The test template renderer, recording every view model handed to it with its template's name. */
final class RecordingRenderer implements TemplateRenderer {

    /** A template rendered with its view model. */
    record Rendering(String template, Map<String, Object> context) {
    }

    private final VelocityTemplateRenderer velocity = new VelocityTemplateRenderer();
    private final List<Rendering> renderings = new ArrayList<>();

    List<Rendering> renderings() {
        return List.copyOf(renderings);
    }

    void clear() {
        renderings.clear();
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        renderings.add(new Rendering(templateName, context));
        velocity.render(templateName, context, writer);
    }

    /** Real interface member, not used by the app. */
    public void render(String templateName, Writer writer) throws IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public String renderFragment(String templateName, Map<String, Object> context) {
        renderings.add(new Rendering(templateName, context));
        return velocity.renderFragment(templateName, context);
    }

    /** Real interface member, not used by the app. */
    public boolean resolve(String templateName) {
        return velocity.resolve(templateName);
    }
}
