package io.mentoringspaces.confluence;

import static org.junit.Assert.assertEquals;

import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.sal.api.message.I18nResolver;
import java.time.Clock;
import java.util.Locale;
import org.junit.Test;

/**
 * HB-13: a background job writes in each recipient's language. Confluence's {@code LocaleManager.getLocale(User)}
 * (confluence 8.7.2, {@code com/atlassian/confluence/languages/LocaleManager.java} in
 * ngannk-fptu/Decompiled-Files) gives the language of the user's profile, else the site's default, whoever
 * the current thread's user is (a job runs with none); SAL's {@code I18nResolver.getText(Locale, String,
 * Serializable...)} (sal-api 5.1.4) gives a plugin's text in that locale.
 */
public class HB13_LocaleOfAnyUserTest {

    private final ConfluenceDouble confluence = new ConfluenceDouble(Clock.systemUTC());

    @Test
    public void shouldGiveEachUsersLanguageWithoutACurrentUser() {
        confluence.user("tom", "Tom");
        confluence.user("mia", "Mia");
        confluence.language("tom", Locale.GERMANY);
        confluence.loginAs(null);
        LocaleManager locales = confluence.service(LocaleManager.class);

        assertEquals(Locale.GERMANY, locales.getLocale(confluence.user("tom")));
        assertEquals(Locale.UK, locales.getLocale(confluence.user("mia")));
    }

    @Test
    public void shouldGiveTheTextInTheLocaleAsked() {
        I18nResolver i18n = confluence.service(I18nResolver.class);

        assertEquals("Hallo Tom,", i18n.getText(Locale.GERMANY, "mentoring.notice.greeting", "Tom"));
        assertEquals("Hello Tom,", i18n.getText(Locale.UK, "mentoring.notice.greeting", "Tom"));
    }
}
