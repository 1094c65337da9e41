package io.mentoringspaces.confluence;

import java.util.Locale;
import java.util.Set;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

/**
 * Confluence's escaping of a reference's value as the template renderer writes it: HTML-encoded
 * ({@code & < > " '}) unless the reference is scalar (no dot) and its name ends in {@code html} or
 * is {@code xHtmlContent}, {@code body} or {@code head}, or the value was returned by an HTML-safe
 * method ({@link HtmlSafeUberspect}).
 */
final class HtmlEscaper implements ReferenceInsertionEventHandler {

    private static final Set<String> SAFE_NAMES = Set.of("xHtmlContent", "body", "head");

    @Override
    public Object referenceInsert(String reference, Object value) {
        if (value == null || value instanceof HtmlSafeValue) {
            return HtmlSafeValue.unbox(value);
        }
        return safeReference(reference) ? value : encode(value.toString());
    }

    /** A scalar reference named as HTML: {@code $bodyHtml}, {@code $!{tableHtml}}, {@code $body}. */
    static boolean safeReference(String reference) {
        if (reference.indexOf('.') >= 0) {
            return false;
        }
        String name = reference.replaceAll("[$!{}]", "");
        return name.toLowerCase(Locale.ROOT).endsWith("html") || SAFE_NAMES.contains(name);
    }

    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
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
