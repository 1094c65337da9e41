package io.mentoringspaces.confluence;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.runtime.parser.node.ASTDirective;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * Confluence's {@code TemplateRenderer} for the app's templates: a real Velocity 1.x engine loading them
 * from the class path, with the escaping rules of Confluence's template renderer (host-behaviour.md
 * HB-1): every reference is HTML-encoded unless it is a scalar reference named as HTML, its value was
 * returned by an HTML-safe method, or the template says {@code #disable_html_escaping()}.
 */
public final class VelocityTemplateRenderer implements TemplateRenderer {

    /** A template rendered with the context (the view model) it was handed. */
    public record Rendering(String template, Map<String, Object> context) {
    }

    private final VelocityEngine engine;
    private final List<Rendering> renderings = new CopyOnWriteArrayList<>();
    private volatile boolean recording;

    public VelocityTemplateRenderer() {
        Properties properties = new Properties();
        properties.setProperty("resource.loader", "class");
        properties.setProperty("class.resource.loader.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        properties.setProperty("input.encoding", "UTF-8");
        properties.setProperty("output.encoding", "UTF-8");
        properties.setProperty("runtime.references.strict", "false");
        properties.setProperty("runtime.introspector.uberspect", HtmlSafeUberspect.class.getName());
        properties.setProperty("userdirective", DisableHtmlEscapingDirective.class.getName());
        properties.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
        engine = new VelocityEngine(properties);
        engine.init();
    }

    /** From now on, keeps every template rendered with its context, for {@link #renderings()}; forgets those kept so far. */
    public void record() {
        renderings.clear();
        recording = true;
    }

    /** The templates rendered with their contexts since {@link #record()}. */
    public List<Rendering> renderings() {
        return List.copyOf(renderings);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        if (recording) {
            renderings.add(new Rendering(templateName, context));
        }
        try {
            Template template = engine.getTemplate(templateName, "UTF-8");
            VelocityContext velocityContext = new VelocityContext(new HashMap<>(context));
            if (!disablesEscaping((Node) template.getData())) {
                EventCartridge cartridge = new EventCartridge();
                cartridge.addEventHandler(new HtmlEscaper());
                cartridge.attachToContext(velocityContext);
            }
            template.merge(velocityContext, writer);
        } catch (RuntimeException e) {
            throw new RenderingException("Cannot render " + templateName, e);
        }
    }

    private static boolean disablesEscaping(Node node) {
        if (node instanceof ASTDirective directive && DisableHtmlEscapingDirective.NAME.equals(directive.getDirectiveName())) {
            return true;
        }
        for (int i = 0; i < node.jjtGetNumChildren(); i++) {
            if (disablesEscaping(node.jjtGetChild(i))) {
                return true;
            }
        }
        return false;
    }

    /** Real interface member, not used by the app. */
    public void render(String templateName, Writer writer) throws IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public String renderFragment(String templateName, Map<String, Object> context) {
        StringWriter writer = new StringWriter();
        try {
            render(templateName, context, writer);
        } catch (IOException e) {
            throw new RenderingException(e);
        }
        return writer.toString();
    }

    /** Real interface member, not used by the app. */
    public boolean resolve(String templateName) {
        return engine.resourceExists(templateName);
    }
}
