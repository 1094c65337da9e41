package io.mentoringspaces.confluence;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.user.User;
import java.util.List;
import java.util.Locale;

/**
 * Confluence's locale of a user (its {@code LocaleManager}, which SAL's {@code LocaleResolver} asks
 * for the user of the current thread): the language of the user's profile when Confluence has that
 * language installed, else the site's default language, {@link #SITE_DEFAULT} (Confluence's own
 * default); anonymous users get the site's default too. The test Confluence has English and German
 * installed. (Confluence may also follow the browser's language, which is off by default; the test
 * Confluence never does.)
 */
final class UserLocales {

    /** Confluence's default site language ({@code LocaleManager.DEFAULT_LOCALE}). */
    static final Locale SITE_DEFAULT = Locale.UK;
    /** The languages installed, as Confluence's language manager lists them. */
    static final List<Locale> INSTALLED = List.of(Locale.UK, Locale.US, Locale.GERMANY);

    /** SAL's {@code LocaleResolver.getLocale()}: the locale of the current thread's user. */
    public Locale getLocale() {
        return of(AuthenticatedUserThreadLocal.get());
    }

    /** Confluence's {@code LocaleManager.getLocale(User)}: the locale of any user, whoever the current thread's user is. */
    public Locale getLocale(User user) {
        return of(user instanceof ConfluenceUser person ? person : null);
    }

    /** The locale of a user (null: anonymous). */
    static Locale of(ConfluenceUser user) {
        Locale chosen = user instanceof TestUser person ? person.language() : null;
        return chosen != null && INSTALLED.contains(chosen) ? chosen : SITE_DEFAULT;
    }
}
