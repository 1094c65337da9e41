package io.mentoringspaces.confluence;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The create-content plugin's rendering of a content template (the template handler inserting
 * variables): {@code <at:i18n at:key="..."/>} becomes the text in the user's language,
 * {@code <at:var at:name="..."/>} the context's value (its {@code toString()}, nothing for a value the
 * context lacks), HTML-escaped unless the variable is marked {@code at:rawxhtml="true"} (or the old
 * spelling {@code at:rawXhtml}); the declarations block is dropped and the rest of the storage format
 * is kept as written.
 */
public final class PageTemplates {

    private static final Pattern I18N = Pattern.compile("<at:i18n\\s+at:key=\"([^\"]+)\"\\s*/>");
    private static final Pattern VAR = Pattern.compile("<at:var\\s+at:name=\"([^\"]+)\"(\\s+at:raw[xX]html=\"true\")?\\s*/>");
    private static final Pattern DECLARATIONS = Pattern.compile("<at:declarations>.*?</at:declarations>", Pattern.DOTALL);

    private final I18nResolver i18n;

    public PageTemplates(I18nResolver i18n) {
        this.i18n = i18n;
    }

    /** The template file on the class path, expanded with {@code context}. */
    public String render(String location, Map<String, Object> context) {
        try (InputStream in = PageTemplates.class.getResourceAsStream("/" + location)) {
            if (in == null) {
                throw new IllegalArgumentException("No template " + location);
            }
            return expand(new String(in.readAllBytes(), StandardCharsets.UTF_8), context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String expand(String template, Map<String, Object> context) {
        String declared = DECLARATIONS.matcher(template).replaceAll("");
        Matcher texts = I18N.matcher(declared);
        StringBuilder translated = new StringBuilder();
        while (texts.find()) {
            texts.appendReplacement(translated, Matcher.quoteReplacement(HtmlEscaper.encode(i18n.getText(texts.group(1)))));
        }
        texts.appendTail(translated);
        Matcher vars = VAR.matcher(translated);
        StringBuilder expanded = new StringBuilder();
        while (vars.find()) {
            Object value = context.get(vars.group(1));
            String text = value == null ? "" : value.toString();
            vars.appendReplacement(expanded, Matcher.quoteReplacement(vars.group(2) != null ? text : HtmlEscaper.encode(text)));
        }
        vars.appendTail(expanded);
        return expanded.toString();
    }
}
