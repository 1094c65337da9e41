package io.mentoringspaces.macro;

import io.mentoringspaces.service.FieldName;
import io.mentoringspaces.service.InvalidInputException;
import io.mentoringspaces.service.Limits;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Reads macro parameters as written in the page; refuses bad ones with a message naming the parameter. */
final class MacroParameters {

    private MacroParameters() {
    }

    /** The trimmed value, or null when absent or blank. */
    static String optional(Map<String, String> parameters, String name, int max) {
        String value = parameters.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidInputException(name, "mentoring.error.too.long", new FieldName(name), max);
        }
        return text;
    }

    static String required(Map<String, String> parameters, String name, int max) {
        String text = optional(parameters, name, max);
        if (text == null) {
            throw new InvalidInputException(name, "mentoring.error.required", new FieldName(name));
        }
        return text;
    }

    /** A key or id: letters, digits, hyphens and underscores; null when absent. */
    static String token(Map<String, String> parameters, String name) {
        String text = optional(parameters, name, Integer.MAX_VALUE);
        if (text != null && !Limits.TOKEN.matcher(text).matches()) {
            throw new InvalidInputException(name, "mentoring.error.token", new FieldName(name));
        }
        return text;
    }

    /** A day written yyyy-MM-dd within the app's date range; null when absent. */
    static LocalDate date(Map<String, String> parameters, String name) {
        String text = optional(parameters, name, Integer.MAX_VALUE);
        if (text == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "mentoring.macro.error.date", new FieldName(name));
        }
        if (date.isBefore(Limits.EARLIEST_DATE) || date.isAfter(Limits.LATEST_DATE)) {
            throw new InvalidInputException(name, "mentoring.error.date.range", new FieldName(name),
                    Limits.EARLIEST_DATE.toString(), Limits.LATEST_DATE.toString());
        }
        return date;
    }
}
