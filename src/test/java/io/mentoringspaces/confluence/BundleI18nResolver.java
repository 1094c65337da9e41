package io.mentoringspaces.confluence;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * SAL's I18nResolver on the app's own bundles, in the current user's locale as Confluence resolves a
 * plugin's {@code i18n} resource: a key's text from {@code mentoring_<language>_<COUNTRY>.properties},
 * else {@code mentoring_<language>.properties}, else the base bundle, with its arguments put in by
 * {@link MessageFormat} (so {@code ''} is one apostrophe); a key no bundle has comes back as the key.
 */
final class BundleI18nResolver {

    private final Supplier<Locale> locale;
    private final Function<String, Properties> bundleOf;
    private final Map<String, Properties> bundles = new ConcurrentHashMap<>();

    /**
     * Texts in the locale {@code locale} gives for each call, from the bundles {@code bundleOf} reads by
     * locale suffix ({@code "de_DE"}, {@code "de"}, {@code ""} for the base bundle; empty when there is none).
     */
    BundleI18nResolver(Supplier<Locale> locale, Function<String, Properties> bundleOf) {
        this.locale = locale;
        this.bundleOf = bundleOf;
    }

    public String getText(String key) {
        return getText(key, new Serializable[0]);
    }

    public String getText(String key, Serializable... arguments) {
        return getText(locale.get(), key, arguments);
    }

    /** The text in {@code locale}, whoever the current user is (as a background job asks for a recipient's language). */
    public String getText(Locale locale, String key, Serializable... arguments) {
        String pattern = pattern(locale, key);
        if (pattern == null) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** The raw text of a key in the current user's locale, or null when no bundle has it. */
    String pattern(String key) {
        return pattern(locale.get(), key);
    }

    private String pattern(Locale locale, String key) {
        for (Properties bundle : bundles(locale)) {
            String pattern = bundle.getProperty(key);
            if (pattern != null) {
                return pattern;
            }
        }
        return null;
    }

    /** The bundles Confluence looks a key up in for a locale, the most specific first. */
    private List<Properties> bundles(Locale locale) {
        List<String> names = new ArrayList<>();
        if (!locale.getLanguage().isEmpty()) {
            if (!locale.getCountry().isEmpty()) {
                names.add(locale.getLanguage() + "_" + locale.getCountry());
            }
            names.add(locale.getLanguage());
        }
        names.add("");
        List<Properties> found = new ArrayList<>();
        for (String name : names) {
            found.add(bundles.computeIfAbsent(name, bundleOf));
        }
        return found;
    }
}
