package io.mentoringspaces;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.testsupport.SourceFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * Every user-visible string is in the bundle, every message in it can be formatted, and every locale's
 * bundle reads alike however it is read and has exactly the base bundle's keys and arguments.
 */
public class I18nTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+}");
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

    /**
     * Confluence's {@code jsI18n} transformer replaces only {@code AJS.I18n.getText} calls whose first
     * argument is a literal key (it is read when the script is served, not when it runs): a key chosen by
     * an expression would reach the browser untranslated.
     */
    @Test
    public void shouldNameEveryScriptKeyLiterallyWithATextInTheBundle() throws Exception {
        Properties bundle = SourceFiles.i18n();
        Pattern call = Pattern.compile("AJS\\.I18n\\.getText\\(\\s*(?:'([^']*)'|\"([^\"]*)\"|([^)]*))");
        List<String> refused = new java.util.ArrayList<>();
        int calls = 0;
        for (Path script : SourceFiles.files(SourceFiles.projectRoot().resolve("src/main/resources"), ".js")) {
            Matcher m = call.matcher(java.nio.file.Files.readString(script));
            while (m.find()) {
                calls++;
                String key = m.group(1) != null ? m.group(1) : m.group(2);
                if (key == null || !bundle.containsKey(key)) {
                    refused.add(script.getFileName() + ": " + (key == null ? m.group(3) : key));
                }
            }
        }
        assertTrue(String.valueOf(calls), calls >= 28);
        assertEquals(List.of(), refused);
    }

    @Test
    public void shouldFormatEveryMessage() throws Exception {
        for (Path file : SourceFiles.i18nFiles()) {
            Properties bundle = read(file);
            for (String key : bundle.stringPropertyNames()) {
                String value = bundle.getProperty(key);
                assertTrue(file.getFileName() + ": " + key + " is empty", !value.isBlank());
                new MessageFormat(value, Locale.ENGLISH).format(new Object[] {"a", "b", "c", "d"});
                assertTrue(file.getFileName() + ": " + key + " has a straight apostrophe, which MessageFormat drops",
                        !value.contains("'"));
            }
        }
    }

    /**
     * Confluence reads a bundle as UTF-8 in some places and as ISO-8859-1 in others (Java's
     * {@code Properties.load(InputStream)}); only ASCII, with Unicode escapes (a backslash, u and four
     * hex digits) for every other character, reads the same both ways.
     */
    @Test
    public void shouldWriteEveryBundleInAsciiWithUnicodeEscapes() throws Exception {
        List<String> offending = new ArrayList<>();
        for (Path file : SourceFiles.i18nFiles()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).chars().allMatch(c -> c < 0x80)) {
                    offending.add(file.getFileName() + ":" + (i + 1) + ": " + lines.get(i));
                }
            }
        }
        assertEquals("lines that are not ASCII", List.of(), offending);
    }

    @Test
    public void shouldReadEveryBundleAlikeAsUtf8AndAsIso88591() throws Exception {
        for (Path file : SourceFiles.i18nFiles()) {
            Properties iso = new Properties();
            Properties utf8 = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                iso.load(in);
            }
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                utf8.load(in);
            }
            assertEquals(file.getFileName().toString(), iso, utf8);
        }
    }

    /** Every locale's bundle has exactly the keys of the base bundle: none missing, none extra. */
    @Test
    public void shouldGiveEveryLocaleEveryKeyAndNoOther() throws Exception {
        List<Path> files = SourceFiles.i18nFiles();
        Set<String> keys = read(files.get(0)).stringPropertyNames();
        for (Path file : files.subList(1, files.size())) {
            Set<String> localeKeys = read(file).stringPropertyNames();
            Set<String> missing = new TreeSet<>(keys);
            missing.removeAll(localeKeys);
            Set<String> extra = new TreeSet<>(localeKeys);
            extra.removeAll(keys);
            assertEquals(file.getFileName() + " lacks keys", Set.of(), missing);
            assertEquals(file.getFileName() + " has keys the base bundle does not", Set.of(), extra);
        }
    }

    /** A translation uses the same arguments ({0}, {1}...) as the base bundle's text. */
    @Test
    public void shouldKeepEveryArgumentInEveryTranslation() throws Exception {
        List<Path> files = SourceFiles.i18nFiles();
        Properties base = read(files.get(0));
        List<String> differing = new ArrayList<>();
        for (Path file : files.subList(1, files.size())) {
            Properties translated = read(file);
            for (String key : translated.stringPropertyNames()) {
                if (base.containsKey(key) && !arguments(base.getProperty(key)).equals(arguments(translated.getProperty(key)))) {
                    differing.add(file.getFileName() + ": " + key);
                }
            }
        }
        assertEquals(List.of(), differing);
    }

    private static Set<String> arguments(String pattern) {
        Set<String> arguments = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            arguments.add(m.group());
        }
        return arguments;
    }

    private static Properties read(Path file) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            bundle.load(in);
        }
        return bundle;
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
