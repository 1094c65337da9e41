package io.mentoringspaces.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.mentoringspaces.testsupport.SourceFiles;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.Before;
import org.junit.Test;

public class WebResourcesTest {

    private static final String RESOURCES = "/download/resources/io.mentoringspaces.mentoring-spaces:";
    private WebResources webResources;

    @Before
    public void givenTheDescriptorAndABundle() throws Exception {
        Properties bundle = new Properties();
        bundle.setProperty("a.plain", "Saved \u201cnow\u201d");
        bundle.setProperty("a.pattern", "{0} of {1} done");
        webResources = new WebResources(SourceFiles.descriptor().document(),
                new BundleI18nResolver(() -> Locale.UK, locale -> locale.isEmpty() ? bundle : new Properties()));
    }

    @Test
    public void shouldReplaceEachTextCallByItsTextAndEachFormattedOneByAFormatCall() {
        assertEquals("var a = \"Saved \u201cnow\u201d\"; var b = AJS.format(\"{0} of {1} done\", 1, 2);",
                webResources.translate("var a = AJS.I18n.getText('a.plain'); var b = AJS.I18n.getText(\"a.pattern\", 1, 2);"));
    }

    @Test
    public void shouldRefuseAScriptThatAsksForAKeyTheBundleLacks() {
        assertThrows(IllegalStateException.class, () -> webResources.translate("AJS.I18n.getText('no.such.key')"));
    }

    @Test
    public void shouldLoadWhatARequestAskedForAfterItsDependenciesEachOnce() {
        List<String> required = List.of("io.mentoringspaces.mentoring-spaces:macro-goal-progress",
                "io.mentoringspaces.mentoring-spaces:macro-checklist", "com.atlassian.auiplugin:ajs");

        assertEquals(List.of(RESOURCES + "macro-common/macro-common.js", RESOURCES + "macro-common/macro-common.css",
                RESOURCES + "macro-goal/macro-goal.js", RESOURCES + "macro-goal/macro-goal.css",
                RESOURCES + "macro-goal-progress/macro-goal-progress.css", RESOURCES + "macro-checklist/macro-checklist.js",
                RESOURCES + "macro-checklist/macro-checklist.css"), webResources.paths(required));
    }

    @Test
    public void shouldRefuseAWebResourceTheDescriptorDoesNotDeclare() {
        assertThrows(IllegalArgumentException.class,
                () -> webResources.paths(List.of("io.mentoringspaces.mentoring-spaces:nothing")));
    }
}
