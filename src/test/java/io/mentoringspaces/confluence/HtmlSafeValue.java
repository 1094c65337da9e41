package io.mentoringspaces.confluence;

import java.util.Objects;

/**
 * A value returned by a method that Confluence's template renderer treats as HTML-safe (its name ends
 * in {@code Html}, any case, or starts with {@code render} or {@code getRender}). It travels through
 * the template like the value itself and is written unescaped.
 */
final class HtmlSafeValue {

    private final Object value;

    private HtmlSafeValue(Object value) {
        this.value = value;
    }

    /** The value marked safe; null, booleans and numbers as they are (nothing to escape, and #if must see them). */
    static Object mark(Object value) {
        if (value == null || value instanceof Boolean || value instanceof Number || value instanceof HtmlSafeValue) {
            return value;
        }
        return new HtmlSafeValue(value);
    }

    static Object unbox(Object value) {
        return value instanceof HtmlSafeValue safe ? safe.value : value;
    }

    static Object[] unbox(Object[] values) {
        if (values == null) {
            return null;
        }
        Object[] unboxed = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            unboxed[i] = unbox(values[i]);
        }
        return unboxed;
    }

    @Override
    public boolean equals(Object other) {
        return Objects.equals(value, unbox(other));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
