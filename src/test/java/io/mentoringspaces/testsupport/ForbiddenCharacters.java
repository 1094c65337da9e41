package io.mentoringspaces.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

/** One character of each class the app's input gate refuses in every text, by name, and how to send them. */
public final class ForbiddenCharacters {

    /** By name: NUL and the other C0 controls, DEL, C1 controls, the non-characters XML excludes, lone surrogates. */
    public static final Map<String, String> ALL = all();

    private ForbiddenCharacters() {
    }

    private static Map<String, String> all() {
        Map<String, String> forbidden = new LinkedHashMap<>();
        forbidden.put("NUL", "\u0000");
        forbidden.put("C0 control", "\u0001");
        forbidden.put("escape", "\u001b");
        forbidden.put("vertical tab", "\u000b");
        forbidden.put("form feed", "\u000c");
        forbidden.put("DEL", "\u007f");
        forbidden.put("C1 control", "\u0085");
        forbidden.put("last C1 control", "\u009f");
        forbidden.put("U+FFFE", "\ufffe");
        forbidden.put("U+FFFF", "\uffff");
        forbidden.put("lone high surrogate", "\ud83d");
        forbidden.put("lone low surrogate", "\ude80");
        return forbidden;
    }

    /**
     * {@code text} as a JSON string literal, every character outside printable ASCII written as a
     * {@code \\uXXXX} escape, so that even a lone surrogate reaches the server as sent.
     */
    public static String json(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c >= 0x7f) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
