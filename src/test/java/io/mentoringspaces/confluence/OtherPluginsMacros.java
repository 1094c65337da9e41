package io.mentoringspaces.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Entities;

/**
 * Macros of Confluence's own plugins that the app's pages use inside its macros' bodies, rendered as
 * Confluence renders them in view mode: the status macro as an AUI lozenge, the code macro as a
 * {@code pre} in a code panel.
 */
final class OtherPluginsMacros {

    private OtherPluginsMacros() {
    }

    /** The macro of that name, or null when it is not one of them. */
    static Macro named(String name) {
        return switch (name) {
            case "status" -> new Status();
            case "code" -> new Code();
            default -> null;
        };
    }

    /** {@code status}: title and colour (Grey, Red, Yellow, Green, Blue), optionally subtle. */
    static final class Status implements Macro {

        @Override
        public String execute(Map<String, String> parameters, String body, ConversionContext context) {
            String colour = parameters.getOrDefault("colour", "Grey").toLowerCase(Locale.ROOT);
            String modifier = switch (colour) {
                case "red" -> " aui-lozenge-error";
                case "yellow" -> " aui-lozenge-current";
                case "green" -> " aui-lozenge-success";
                case "blue" -> " aui-lozenge-complete";
                default -> "";
            };
            String subtle = "true".equals(parameters.get("subtle")) ? " aui-lozenge-subtle" : "";
            String title = parameters.getOrDefault("title", "");
            return "<span class=\"status-macro aui-lozenge" + modifier + subtle + "\">" + Entities.escape(title) + "</span>";
        }

        @Override
        public BodyType getBodyType() {
            return BodyType.NONE;
        }

        @Override
        public OutputType getOutputType() {
            return OutputType.INLINE;
        }
    }

    /** {@code code}: the body as written, in a syntax-highlighter {@code pre} for its language. */
    static final class Code implements Macro {

        @Override
        public String execute(Map<String, String> parameters, String body, ConversionContext context) {
            String language = parameters.getOrDefault("language", "java");
            return "<div class=\"code panel pdl\"><div class=\"codeContent panelContent pdl\">"
                    + "<pre class=\"syntaxhighlighter-pre\" data-syntaxhighlighter-params=\"brush: " + Entities.escape(language)
                    + "; gutter: false; theme: Confluence\" data-theme=\"Confluence\">" + Entities.escape(body) + "</pre></div></div>";
        }

        @Override
        public BodyType getBodyType() {
            return BodyType.PLAIN_TEXT;
        }

        @Override
        public OutputType getOutputType() {
            return OutputType.BLOCK;
        }
    }
}
