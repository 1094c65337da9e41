package com.atlassian.sal.api.message;

import java.util.Locale;

/**
 * Host-API declaration (sal-api): the locale of the current user. In Confluence (SAL's
 * {@code ConfluenceLocaleResolver}) it is the locale Confluence's {@code LocaleManager} gives the
 * user of the current thread: the language of the user's profile, else the site's default language.
 */
public interface LocaleResolver {

    Locale getLocale();
}
