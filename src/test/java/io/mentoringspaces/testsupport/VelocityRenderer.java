package io.mentoringspaces.testsupport;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

/**
 * The host's template renderer in tests: a real Velocity engine that loads the app's templates from
 * the classpath and HTML-escapes every reference except those whose name ends in {@code Html}, as
 * Confluence's template renderer does.
 */
public final class VelocityRenderer implements TemplateRenderer {

    private final VelocityEngine engine;

    public VelocityRenderer() {
        Properties properties = new Properties();
        properties.setProperty("resource.loader", "class");
        properties.setProperty("class.resource.loader.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        properties.setProperty("input.encoding", "UTF-8");
        properties.setProperty("output.encoding", "UTF-8");
        properties.setProperty("runtime.references.strict", "false");
        properties.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
        engine = new VelocityEngine(properties);
        engine.init();
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        try {
            Template template = engine.getTemplate(templateName, "UTF-8");
            VelocityContext velocityContext = new VelocityContext(new HashMap<>(context));
            EventCartridge cartridge = new EventCartridge();
            cartridge.addEventHandler(new HtmlEscaper());
            cartridge.attachToContext(velocityContext);
            template.merge(velocityContext, writer);
        } catch (RuntimeException e) {
            throw new RenderingException("Cannot render " + templateName, e);
        }
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

    /** Escapes a reference's value unless it is a scalar reference named as HTML. */
    static final class HtmlEscaper implements ReferenceInsertionEventHandler {

        @Override
        public Object referenceInsert(String reference, Object value) {
            if (value == null || isHtml(reference)) {
                return value;
            }
            return escape(value.toString());
        }

        /** Only a scalar reference (no dot) whose name ends in "html", or is body, head or xHtmlContent, is left as it is. */
        static boolean isHtml(String reference) {
            String name = reference.replaceAll("[$!{}]", "");
            if (name.contains(".")) {
                return false;
            }
            return name.toLowerCase(Locale.ROOT).endsWith("html") || name.equals("body") || name.equals("head")
                    || name.equals("xHtmlContent");
        }

        static String escape(String text) {
            StringBuilder out = new StringBuilder(text.length() + 16);
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append("&quot;");
                    case '\'' -> out.append("&#39;");
                    default -> out.append(c);
                }
            }
            return out.toString();
        }
    }
}
