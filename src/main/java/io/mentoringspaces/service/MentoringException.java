package io.mentoringspaces.service;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.LongFunction;

/**
 * A refusal by a service, carrying an i18n key and its arguments so that REST resources and macros
 * can show it in the user's language. {@link #getMessage()} is the English text, for logs.
 */
public abstract class MentoringException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "i18n.mentoring";

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    protected MentoringException(String field, String messageKey, Object... arguments) {
        this(null, field, messageKey, arguments);
    }

    protected MentoringException(Throwable cause, String field, String messageKey, Object... arguments) {
        super(english(messageKey, arguments), cause);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The input field the refusal is about, or null when it concerns the request as a whole. */
    public String getField() {
        return field;
    }

    public String getMessageKey() {
        return messageKey;
    }

    /** The arguments of the message, as given. */
    Object[] arguments() {
        return arguments.clone();
    }

    /**
     * The refusal in the user's language: a field is named by its label (by its name when it has
     * none), a whole number (a limit such as 2000) is written by {@code numbers} (in the user's locale:
     * "2,000", "2.000"), every other argument is shown as written.
     */
    public String message(I18nResolver i18n, LongFunction<String> numbers) {
        Serializable[] shown = new Serializable[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            shown[i] = argument instanceof FieldName field ? label(i18n, field)
                    : argument instanceof Integer || argument instanceof Long ? numbers.apply(((Number) argument).longValue())
                    : String.valueOf(argument);
        }
        return i18n.getText(messageKey, shown);
    }

    private static String label(I18nResolver i18n, FieldName field) {
        String label = i18n.getText(field.labelKey());
        return label == null || label.equals(field.labelKey()) ? field.name() : label;
    }

    private static String english(String key, Object[] arguments) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, MentoringException.class.getClassLoader());
            Object[] shown = arguments.clone();
            for (int i = 0; i < shown.length; i++) {
                if (shown[i] instanceof FieldName field && bundle.containsKey(field.labelKey())) {
                    shown[i] = bundle.getString(field.labelKey());
                }
            }
            return new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(shown);
        } catch (MissingResourceException e) {
            return key + Arrays.toString(arguments);
        }
    }
}
