package io.mentoringspaces.confluence;

import static org.junit.Assert.assertEquals;

import io.mentoringspaces.testsupport.SourceFiles;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.Test;

/**
 * The test Confluence's languages as Confluence's: a user's locale is the language of their profile
 * when Confluence has it installed, else the site's default, English (UK) (DEC {@code DefaultLocaleManager},
 * {@code LocaleManager.DEFAULT_LOCALE}); a plugin's i18n resource {@code i18n/mentoring} is read for a
 * locale as {@code mentoring_de_DE}, then {@code mentoring_de}, then the base bundle, a key taken from
 * the first that has it (DEC {@code I18NResourceBundlesLoader}, {@code PluginI18NResource},
 * {@code DefaultI18NBean}); scripts are translated in the locale of the user who loads them.
 */
public class UserLanguageTest {

    private static Properties bundle(String... keysAndTexts) {
        Properties bundle = new Properties();
        for (int i = 0; i < keysAndTexts.length; i += 2) {
            bundle.setProperty(keysAndTexts[i], keysAndTexts[i + 1]);
        }
        return bundle;
    }

    private static final Map<String, Properties> BUNDLES = Map.of(
            "", bundle("a", "A", "b", "B", "c", "{0} of {1}"),
            "de", bundle("a", "A auf Deutsch", "c", "{0} von {1}"),
            "de_DE", bundle("b", "B in Deutschland"));

    @Test
    public void shouldGiveUsersWithoutALanguageAndAnonymousUsersTheSiteDefaultEnglish() {
        try (ConfluenceDouble confluence = new ConfluenceDouble(Clock.systemUTC())) {
            confluence.user("mia", "Mia Mentee");
            assertEquals(Locale.UK, confluence.locale("mia"));
            assertEquals(Locale.UK, confluence.locale(null));
        }
    }

    @Test
    public void shouldGiveAUserTheInstalledLanguageOfTheirProfileOnly() {
        try (ConfluenceDouble confluence = new ConfluenceDouble(Clock.systemUTC())) {
            confluence.user("mia", "Mia Mentee");
            confluence.language("mia", Locale.GERMANY);
            assertEquals(Locale.GERMANY, confluence.locale("mia"));
            confluence.language("mia", Locale.JAPAN);
            assertEquals(Locale.UK, confluence.locale("mia"));
        }
    }

    @Test
    public void shouldTakeAKeysTextFromTheMostSpecificBundleThatHasIt() {
        AtomicReference<Locale> locale = new AtomicReference<>(Locale.GERMANY);
        BundleI18nResolver i18n = new BundleI18nResolver(locale::get, name -> BUNDLES.getOrDefault(name, new Properties()));
        assertEquals("A auf Deutsch", i18n.getText("a"));
        assertEquals("B in Deutschland", i18n.getText("b"));
        assertEquals("1 von 2", i18n.getText("c", "1", "2"));
        assertEquals("nope", i18n.getText("nope"));
        locale.set(Locale.UK);
        assertEquals("A", i18n.getText("a"));
        assertEquals("B", i18n.getText("b"));
    }

    @Test
    public void shouldTranslateScriptsInTheLocaleOfTheUserWhoLoadsThem() throws Exception {
        AtomicReference<Locale> locale = new AtomicReference<>(Locale.GERMANY);
        WebResources webResources = new WebResources(SourceFiles.descriptor().document(),
                new BundleI18nResolver(locale::get, name -> BUNDLES.getOrDefault(name, new Properties())));
        String script = "var a = AJS.I18n.getText('a'); var c = AJS.I18n.getText('c', 1, 2);";
        assertEquals("var a = \"A auf Deutsch\"; var c = AJS.format(\"{0} von {1}\", 1, 2);", webResources.translate(script));
        locale.set(Locale.UK);
        assertEquals("var a = \"A\"; var c = AJS.format(\"{0} of {1}\", 1, 2);", webResources.translate(script));
    }
}
