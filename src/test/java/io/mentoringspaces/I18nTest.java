package io.mentoringspaces;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.testsupport.SourceFiles;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/** Every user-visible string is in the bundle, and every message in it can be formatted. */
public class I18nTest {

    private static final Pattern KEY = Pattern.compile("[\"'>=](mentoring\\.[a-z0-9]+(?:\\.[a-zA-Z0-9-]+)+)");

    /** i18n keys named in the sources, templates, scripts and the descriptor. */
    private static Set<String> usedKeys() throws Exception {
        Set<String> keys = new TreeSet<>();
        Path root = SourceFiles.projectRoot();
        List<String> texts = new java.util.ArrayList<>(SourceFiles.read(root.resolve("src/main/java"), ".java"));
        for (String suffix : List.of(".vm", ".xml", ".js", ".soy")) {
            texts.addAll(SourceFiles.read(root.resolve("src/main/resources"), suffix));
        }
        texts.add(java.nio.file.Files.readString(root.resolve("atlassian-plugin.xml")));
        for (String text : texts) {
            Matcher m = KEY.matcher(text);
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }

    @Test
    public void shouldDefineEveryKeyTheAppUses() throws Exception {
        Properties bundle = SourceFiles.i18n();
        Set<String> used = usedKeys();
        assertTrue(used.contains("mentoring.error.programme.exists"));
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(bundle.stringPropertyNames());
        assertEquals("keys used but not defined", Set.of(), missing);
    }

    @Test
    public void shouldFormatEveryMessage() throws Exception {
        Properties bundle = SourceFiles.i18n();
        for (String key : bundle.stringPropertyNames()) {
            String value = bundle.getProperty(key);
            assertTrue(key + " is empty", !value.isBlank());
            new MessageFormat(value, Locale.ENGLISH).format(new Object[] {"a", "b", "c", "d"});
            assertTrue(key + " has a straight apostrophe, which MessageFormat drops", !value.contains("'"));
        }
    }

    @Test
    public void shouldGiveEveryFieldNameALabel() throws Exception {
        Properties bundle = SourceFiles.i18n();
        Pattern field = Pattern.compile("(?:Validate\\.\\w+|new \\w+Exception|FieldName)\\(\\s*\"([a-zA-Z]+)\"");
        Set<String> missing = new TreeSet<>();
        for (String source : SourceFiles.mainJavaSources()) {
            Matcher m = field.matcher(source);
            while (m.find()) {
                if (!bundle.containsKey("mentoring.field." + m.group(1))) {
                    missing.add(m.group(1));
                }
            }
        }
        assertEquals(Set.of(), missing);
    }
}
