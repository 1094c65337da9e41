package io.mentoringspaces.sandbox;

import com.atlassian.sal.api.message.I18nResolver;
import io.mentoringspaces.storage.StorageMarkup;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sandbox double of the create-content plugin's template rendering: a content template's
 * {@code <at:i18n at:key="..."/>} becomes the text in the user's language, {@code <at:var at:name="..."/>}
 * the context's value, escaped unless the variable is marked {@code at:rawxhtml="true"}; the rest of
 * the storage format is kept as written.
 */
public final class SandboxTemplates {

    private static final Pattern I18N = Pattern.compile("<at:i18n\\s+at:key=\"([^\"]+)\"\\s*/>");
    private static final Pattern VAR = Pattern.compile("<at:var\\s+at:name=\"([^\"]+)\"(\\s+at:rawxhtml=\"true\")?\\s*/>");

    private final I18nResolver i18n;

    public SandboxTemplates(I18nResolver i18n) {
        this.i18n = i18n;
    }

    /** The template file on the class path, expanded with {@code context}. */
    public String render(String location, Map<String, Object> context) {
        try (InputStream in = SandboxTemplates.class.getResourceAsStream("/" + location)) {
            if (in == null) {
                throw new IllegalArgumentException("No template " + location);
            }
            return expand(new String(in.readAllBytes(), StandardCharsets.UTF_8), context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String expand(String template, Map<String, Object> context) {
        Matcher texts = I18N.matcher(template);
        StringBuilder translated = new StringBuilder();
        while (texts.find()) {
            texts.appendReplacement(translated, Matcher.quoteReplacement(StorageMarkup.escape(i18n.getText(texts.group(1)))));
        }
        texts.appendTail(translated);
        Matcher vars = VAR.matcher(translated);
        StringBuilder expanded = new StringBuilder();
        while (vars.find()) {
            Object value = context.get(vars.group(1));
            String text = value == null ? "" : value.toString();
            vars.appendReplacement(expanded, Matcher.quoteReplacement(vars.group(2) != null ? text : StorageMarkup.escape(text)));
        }
        vars.appendTail(expanded);
        return expanded.toString();
    }
}
