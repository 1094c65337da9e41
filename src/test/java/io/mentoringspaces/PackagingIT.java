package io.mentoringspaces;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.testsupport.ClassReferences;
import io.mentoringspaces.testsupport.SourceFiles;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Document;

/**
 * The installable jar, as {@code mvn verify} builds it: an OSGi bundle Confluence installs without
 * transforming it, holding only the app's own classes and importing every host package they use.
 */
public class PackagingIT {

    private static final List<String> FORBIDDEN = List.of("com/atlassian/", "net/java/ao/", "javax/", "jakarta/",
            "org/springframework/");

    /** What only the parts of ical4j the app does not use refer to: neither shipped nor imported (see the pom). */
    private static final List<String> UNSHIPPED = List.of("groovy.", "org.codehaus.groovy.", "org.jparsec",
            "com.github.benmanes.caffeine.", "org.jspecify.", "org.joda.convert");

    private static Path jar;

    @BeforeClass
    public static void findJar() {
        jar = Paths.get(System.getProperty("app.jar", "target/mentoring-spaces.jar"));
        assertTrue("no jar at " + jar + " (run mvn verify)", Files.isRegularFile(jar));
    }

    private static Attributes manifest() throws Exception {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest().getMainAttributes();
        }
    }

    @Test
    public void shouldHoldNoClassOfTheHostOrOfItsLibraries() throws Exception {
        List<String> forbidden = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements();) {
                String name = entries.nextElement().getName();
                if (FORBIDDEN.stream().anyMatch(name::startsWith)) {
                    forbidden.add(name);
                }
            }
        }
        assertEquals(List.of(), forbidden);
    }

    @Test
    public void shouldCarryTheHeadersOfATransformlessPlugin() throws Exception {
        Attributes manifest = manifest();
        assertEquals(PluginKeys.PLUGIN_KEY, manifest.getValue("Atlassian-Plugin-Key"));
        assertEquals(PluginKeys.PLUGIN_KEY, manifest.getValue("Bundle-SymbolicName"));
        assertEquals("*", manifest.getValue("Spring-Context"));
        assertEquals("2", manifest.getValue("Bundle-ManifestVersion"));
        assertNotNull(manifest.getValue("Bundle-Version"));
        assertEquals(null, manifest.getValue("Export-Package"));
    }

    /**
     * Exactly these imports, as bnd writes them: the host's API and the Java platform's packages the
     * classes use (the embedded libraries' included: {@code javax.crypto} and {@code javax.xml.xpath}
     * for ical4j and commons-codec; {@code javax.xml}, named in the instructions, last), without
     * version ranges (HB-8: none of {@code com.atlassian.core.bean}, which a method reference such as
     * {@code Page::getId} would add, nor of {@code createcontent.impl}, which is not API), and the
     * optional Spring DM and Gemini Blueprint packages of Atlassian's default instructions.
     */
    @Test
    public void shouldImportExactlyTheHostsApiAndOptionallyTheSpringXmlRuntime() throws Exception {
        assertEquals(List.of(
                "com.atlassian.activeobjects.external",
                "com.atlassian.annotations.security",
                "com.atlassian.confluence.content.render.xhtml",
                "com.atlassian.confluence.core",
                "com.atlassian.confluence.event.events.content.page",
                "com.atlassian.confluence.event.events.label",
                "com.atlassian.confluence.event.events.space",
                "com.atlassian.confluence.labels",
                "com.atlassian.confluence.languages",
                "com.atlassian.confluence.macro",
                "com.atlassian.confluence.mail.template",
                "com.atlassian.confluence.pages",
                "com.atlassian.confluence.plugins.createcontent.api.contextproviders",
                "com.atlassian.confluence.plugins.createcontent.api.events",
                "com.atlassian.confluence.security",
                "com.atlassian.confluence.spaces",
                "com.atlassian.confluence.user",
                "com.atlassian.core.task",
                "com.atlassian.event.api",
                "com.atlassian.mail.server",
                "com.atlassian.plugin.web",
                "com.atlassian.plugins.rest.api.security.annotation",
                "com.atlassian.sal.api",
                "com.atlassian.sal.api.auth",
                "com.atlassian.sal.api.message",
                "com.atlassian.sal.api.transaction",
                "com.atlassian.sal.api.user",
                "com.atlassian.scheduler",
                "com.atlassian.scheduler.config",
                "com.atlassian.templaterenderer",
                "com.atlassian.user",
                "com.atlassian.webresource.api.assembler",
                "com.fasterxml.jackson.annotation",
                "com.fasterxml.jackson.core",
                "com.fasterxml.jackson.core.exc",
                "com.fasterxml.jackson.databind",
                "com.fasterxml.jackson.databind.exc",
                "jakarta.annotation",
                "jakarta.inject",
                "jakarta.servlet",
                "jakarta.servlet.http",
                "jakarta.ws.rs",
                "jakarta.ws.rs.container",
                "jakarta.ws.rs.core",
                "jakarta.ws.rs.ext",
                "javax.crypto",
                "javax.crypto.spec",
                "javax.xml.namespace",
                "javax.xml.parsers",
                "javax.xml.xpath",
                "net.java.ao",
                "net.java.ao.schema",
                "org.slf4j",
                "org.w3c.dom",
                "org.xml.sax",
                "org.springframework.osgi.context;resolution:=optional",
                "org.springframework.osgi.service.exporter.support;resolution:=optional",
                "org.springframework.osgi.service.importer.support;resolution:=optional",
                "org.eclipse.gemini.blueprint.context;resolution:=optional",
                "org.eclipse.gemini.blueprint.service.exporter;resolution:=optional",
                "org.eclipse.gemini.blueprint.service.exporter.support;resolution:=optional",
                "org.eclipse.gemini.blueprint.service.importer.support;resolution:=optional",
                "javax.xml"),
                List.of(manifest().getValue("Import-Package").split(",(?=[a-z])")));
    }

    @Test
    public void shouldImportEveryPackageTheAppsClassesUse() throws Exception {
        Set<String> imported = importedPackages();
        Set<String> own = new HashSet<>();
        Set<String> used = new TreeSet<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements();) {
                JarEntry entry = entries.nextElement();
                if (entry.getName().endsWith(".class")) {
                    own.add(entry.getName().substring(0, entry.getName().lastIndexOf('/')).replace('/', '.'));
                    try (InputStream in = file.getInputStream(entry)) {
                        used.addAll(ClassReferences.packagesOf(in));
                    }
                }
            }
        }
        embeddedClasses(own);
        used.removeIf(p -> p.startsWith("java.") || own.contains(p));
        assertTrue(used.contains("com.atlassian.activeobjects.external"));
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(imported);
        assertEquals("packages used but not imported", Set.of(), missing);
    }

    /**
     * ical4j and the libraries it runs on, at the versions it is built against, are on the bundle's class
     * path; every package their classes use is imported, embedded or one of those only the parts of ical4j
     * the app does not use refer to (its Groovy builder, filter-expression parser and Caffeine cache, and
     * class-file-only annotations), which the manifest does not import because the host does not export them.
     */
    @Test
    public void shouldEmbedIcal4jWithTheLibrariesItRunsOnAndImportWhatTheyUse() throws Exception {
        List<String> classPath = List.of(manifest().getValue("Bundle-ClassPath").split(","));
        assertEquals(new TreeSet<>(List.of(".", "META-INF/lib/ical4j-4.4.0.jar", "META-INF/lib/commons-lang3-3.18.0.jar",
                "META-INF/lib/commons-codec-1.17.0.jar", "META-INF/lib/threeten-extra-1.8.0.jar")), new TreeSet<>(classPath));
        Set<String> embedded = new HashSet<>();
        Set<String> used = embeddedClasses(embedded);
        assertTrue(embedded.contains("net.fortuna.ical4j.model"));
        used.removeIf(p -> p.startsWith("java.") || embedded.contains(p));
        used.removeAll(importedPackages());
        used.removeIf(p -> UNSHIPPED.stream().anyMatch(p::startsWith));
        assertEquals("packages the embedded libraries use but the bundle neither imports nor holds", Set.of(), used);
    }

    /** The packages the classes of the embedded jars use; their own packages are added to {@code packages}. */
    private static Set<String> embeddedClasses(Set<String> packages) throws Exception {
        List<String> classPath = List.of(manifest().getValue("Bundle-ClassPath").split(","));
        Set<String> used = new TreeSet<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (String library : classPath.subList(1, classPath.size())) {
                try (JarInputStream in = new JarInputStream(file.getInputStream(file.getEntry(library)))) {
                    for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                        String name = entry.getName();
                        if (name.endsWith(".class") && name.contains("/") && !name.startsWith("META-INF/")) {
                            packages.add(name.substring(0, name.lastIndexOf('/')).replace('/', '.'));
                            used.addAll(ClassReferences.packagesOf(in));
                        }
                    }
                }
            }
        }
        return used;
    }

    private static Set<String> importedPackages() throws Exception {
        Set<String> packages = new TreeSet<>();
        Matcher m = Pattern.compile("(?:^|,)([\\w.]+)").matcher(manifest().getValue("Import-Package"));
        while (m.find()) {
            packages.add(m.group(1));
        }
        return packages;
    }

    @Test
    public void shouldPackageTheDescriptorSpringContextAndBundles() throws Exception {
        try (JarFile file = new JarFile(jar.toFile())) {
            assertNotNull(file.getEntry("META-INF/spring/plugin-context.xml"));
            assertNotNull(file.getEntry("i18n/mentoring.properties"));
            assertNotNull(file.getEntry("i18n/mentoring_de.properties"));
            JarEntry descriptor = file.getJarEntry("atlassian-plugin.xml");
            assertNotNull(descriptor);
            Document document;
            try (InputStream in = file.getInputStream(descriptor)) {
                document = SourceFiles.parse(in);
            }
            assertEquals(PluginKeys.PLUGIN_KEY, document.getDocumentElement().getAttribute("key"));
            String version = document.getElementsByTagName("version").item(0).getTextContent();
            assertEquals(System.getProperty("app.version"), version);
            assertFalse(version.contains("${"));
            assertEquals("io.mentoringspaces",
                    ((org.w3c.dom.Element) document.getElementsByTagName("ao").item(0)).getAttribute("namespace"));
            List<String> params = new ArrayList<>();
            var nodes = document.getElementsByTagName("param");
            for (int i = 0; i < nodes.getLength(); i++) {
                var param = (org.w3c.dom.Element) nodes.item(i);
                params.add(param.getAttribute("name") + "=" + param.getTextContent());
            }
            assertTrue(params.toString(), params.contains("atlassian-data-center-status=compatible"));
            assertTrue(params.toString(), params.contains("atlassian-data-center-compatible=true"));
        }
    }
}
