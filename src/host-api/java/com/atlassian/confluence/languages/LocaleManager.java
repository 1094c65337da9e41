package com.atlassian.confluence.languages;

import com.atlassian.user.User;
import java.util.Locale;

/**
 * Host-API declaration (confluence): the locale of any user, the language of their profile or else the
 * site's, whoever the current thread's user is (so a background job can write in each recipient's
 * language).
 */
public interface LocaleManager {

    Locale getLocale(User user);
}
