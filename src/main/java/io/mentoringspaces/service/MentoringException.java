package io.mentoringspaces.service;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

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
     * none), every other argument is shown as written.
     */
    public String message(I18nResolver i18n) {
        Serializable[] shown = new Serializable[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = arguments[i] instanceof FieldName field ? label(i18n, field) : String.valueOf(arguments[i]);
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
