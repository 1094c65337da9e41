package io.mentoringspaces.confluence;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * SAL's I18nResolver on the app's own bundle: a key's text, with its arguments put in by
 * {@link MessageFormat} (so {@code ''} is one apostrophe); a key the bundle lacks comes back as the key.
 */
final class BundleI18nResolver {

    private final Properties bundle;

    BundleI18nResolver(Properties bundle) {
        this.bundle = bundle;
    }

    public String getText(String key) {
        return getText(key, new Serializable[0]);
    }

    public String getText(String key, Serializable... arguments) {
        String pattern = bundle.getProperty(key);
        if (pattern == null) {
            return key;
        }
        return new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }
}
