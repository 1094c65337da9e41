package io.mentoringspaces.confluence;

import java.util.Map;

/** Storage format as Confluence's editor writes it, for pages in tests. */
public final class Storage {

    private Storage() {
    }

    /**
     * A macro with its parameters (values escaped as the editor escapes them) and, unless
     * {@code richTextBody} is null, a rich-text body of storage format.
     */
    public static String macro(String name, Map<String, String> parameters, String richTextBody) {
        StringBuilder storage = new StringBuilder("<ac:structured-macro ac:name=\"").append(escape(name))
                .append("\" ac:schema-version=\"1\">");
        parameters.forEach((key, value) -> storage.append("<ac:parameter ac:name=\"").append(escape(key)).append("\">")
                .append(escape(value)).append("</ac:parameter>"));
        if (richTextBody != null) {
            storage.append("<ac:rich-text-body>").append(richTextBody).append("</ac:rich-text-body>");
        }
        return storage.append("</ac:structured-macro>").toString();
    }

    /** Text as storage format holds it. */
    public static String escape(String text) {
        return HtmlEscaper.encode(text);
    }
}
