package io.mentoringspaces.storage;

/** Writing storage format: text put into an element or a double-quoted attribute. */
public final class StorageMarkup {

    private StorageMarkup() {
    }

    /** Escapes text for an element or a double-quoted attribute of storage format. */
    public static String escape(String text) {
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
