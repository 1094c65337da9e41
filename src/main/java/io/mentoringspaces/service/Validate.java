package io.mentoringspaces.service;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** Input checks shared by the services; each throws {@link InvalidInputException} naming the field. */
final class Validate {

    private Validate() {
    }

    /** Trimmed, non-blank text of at most {@code max} characters. */
    static String required(String field, String value, int max) {
        String text = optional(field, value, max);
        if (text == null) {
            throw new InvalidInputException(field, "mentoring.error.required", new FieldName(field));
        }
        return text;
    }

    /** Trimmed text of at most {@code max} characters, or null when blank. */
    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidInputException(field, "mentoring.error.too.long", new FieldName(field), max);
        }
        return text;
    }

    static String matching(String field, String value, Pattern pattern, String messageKey) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "mentoring.error.required", new FieldName(field));
        }
        String text = value.strip();
        if (!pattern.matcher(text).matches()) {
            throw new InvalidInputException(field, messageKey, new FieldName(field));
        }
        return text;
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, "mentoring.error.required", new FieldName(field));
        }
        return value;
    }

    static LocalDate date(String field, LocalDate date) {
        present(field, date);
        return optionalDate(field, date);
    }

    static LocalDate optionalDate(String field, LocalDate date) {
        if (date != null && (date.isBefore(Limits.EARLIEST_DATE) || date.isAfter(Limits.LATEST_DATE))) {
            throw new InvalidInputException(field, "mentoring.error.date.range", new FieldName(field), Limits.EARLIEST_DATE.toString(),
                    Limits.LATEST_DATE.toString());
        }
        return date;
    }

    static int percent(String field, int percent) {
        if (percent < 0 || percent > 100) {
            throw new InvalidInputException(field, "mentoring.error.percent", new FieldName(field));
        }
        return percent;
    }

    /** The text cut to at most {@code max} characters (never inside a surrogate pair); null stays null. */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    static long pageId(String field, long pageId) {
        if (pageId <= 0) {
            throw new InvalidInputException(field, "mentoring.error.page.id", new FieldName(field));
        }
        return pageId;
    }
}
