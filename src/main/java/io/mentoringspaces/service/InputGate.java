package io.mentoringspaces.service;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one check of the characters of every text that comes from outside: REST bodies and
 * parameters, wizard fields, macro parameters and what the servlets are asked. A text is refused,
 * with an {@link InvalidInputException} naming its field, when it holds
 * <ul>
 * <li>a character XML 1.0 does not allow: U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE,
 * U+FFFF and a surrogate that is not half of a pair;</li>
 * <li>a control character XML would take but no text needs: DEL (U+007F) and the C1 controls
 * U+0080–U+009F;</li>
 * <li>a carriage return (U+000D), except in the texts written on several lines ({@link #MULTI_LINE}),
 * where line ends may be CRLF.</li>
 * </ul>
 * Tab and line feed are allowed everywhere. What is written to storage format is held to XML's rule
 * alone ({@link #xmlText}), so that what the app writes is always well-formed.
 */
public final class InputGate {

    /** Texts written on several lines, which may end their lines with CRLF. */
    private static final Set<String> MULTI_LINE = Set.of("note", "description", "objectives", "aims");

    private static final String MESSAGE = "mentoring.error.characters";

    private InputGate() {
    }

    /** {@code value} when every character may stand in the field; refused otherwise. Null passes. */
    public static String check(String field, String value) {
        if (value != null && forbiddenAt(value, field != null && MULTI_LINE.contains(field)) >= 0) {
            throw refusal(field);
        }
        return value;
    }

    /** {@link #check} and a length of at most {@code max} characters. */
    public static String check(String field, String value, int max) {
        check(field, value);
        if (value != null && value.length() > max) {
            throw new InvalidInputException(field, "mentoring.error.too.long", new FieldName(field), max);
        }
        return value;
    }

    /**
     * Checks every text of a JSON value read into maps, lists and scalars: each string, and the
     * names of nested objects, as part of {@code field}.
     */
    private static void checkValue(String field, Object value) {
        if (value instanceof String text) {
            check(field, text);
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                checkValue(field, entry.getKey());
                checkValue(field, entry.getValue());
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                checkValue(field, item);
            }
        }
    }

    /**
     * Checks fields by name, the members of a JSON object or the parameters of a macro: each value is
     * checked as the field its name says. A name that itself holds a forbidden character is refused
     * without naming a field.
     */
    public static void checkFields(Map<?, ?> fields) {
        for (Map.Entry<?, ?> entry : fields.entrySet()) {
            checkValue(checkName(String.valueOf(entry.getKey())), entry.getValue());
        }
    }

    /** The name of a field or parameter, when its characters may stand in a text; refused, naming no field, otherwise. */
    public static String checkName(String name) {
        if (forbiddenAt(name, false) >= 0) {
            throw refusal(null);
        }
        return name;
    }

    /** {@code value} when XML 1.0 can hold every character of it (storage format is XML); refused otherwise. */
    public static String xmlText(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            if (!xmlCharacter(value, i)) {
                throw refusal(field);
            }
        }
        return value;
    }

    /** Where the first character not allowed in a text stands, or -1 when there is none. */
    static int forbiddenAt(String value, boolean multiLine) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = c == 0x7F || (c >= 0x80 && c <= 0x9F) || (c == '\r' && !multiLine);
            if (control || !xmlCharacter(value, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the character at {@code i} may stand in XML 1.0 (half of a surrogate pair counts with its other half). */
    private static boolean xmlCharacter(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
        }
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xFFFD);
    }

    private static InvalidInputException refusal(String field) {
        return field == null ? new InvalidInputException(null, "mentoring.error.characters.name")
                : new InvalidInputException(field, MESSAGE, new FieldName(field));
    }
}
