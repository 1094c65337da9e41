package io.mentoringspaces.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The project's own files, as tests read them: sources, the descriptor, the i18n bundle. */
public final class SourceFiles {

    private SourceFiles() {
    }

    public static Path projectRoot() {
        return Paths.get("").toAbsolutePath();
    }

    public static List<String> mainJavaSources() throws IOException {
        return read(projectRoot().resolve("src/main/java"), ".java");
    }

    public static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    public static List<String> read(Path root, String suffix) throws IOException {
        List<String> contents = new ArrayList<>();
        for (Path file : files(root, suffix)) {
            contents.add(Files.readString(file, StandardCharsets.UTF_8));
        }
        return contents;
    }

    /** The i18n bundle as the app ships it: the base bundle, in English. */
    public static Properties i18n() throws IOException {
        return i18n("");
    }

    /**
     * The i18n bundle of a locale ({@code "de"}: {@code mentoring_de.properties}; {@code ""}: the base
     * bundle), read as Confluence reads it; empty when the app has none for that locale.
     */
    public static Properties i18n(String locale) throws IOException {
        Properties bundle = new Properties();
        String name = "/i18n/mentoring" + (locale.isEmpty() ? "" : "_" + locale) + ".properties";
        try (InputStream in = SourceFiles.class.getResourceAsStream(name)) {
            if (in != null) {
                bundle.load(in);
            }
        }
        return bundle;
    }

    /** The i18n bundle files in the sources: the base bundle first, then one per locale. */
    public static List<Path> i18nFiles() throws IOException {
        return files(projectRoot().resolve("src/main/resources/i18n"), ".properties").stream()
                .filter(file -> file.getFileName().toString().startsWith("mentoring"))
                .sorted(Comparator.comparing((Path file) -> file.getFileName().toString().length()).thenComparing(Path::toString))
                .toList();
    }

    /** The descriptor as packaged (filtered into target/classes by the build). */
    public static Descriptor descriptor() throws Exception {
        try (InputStream in = SourceFiles.class.getResourceAsStream("/atlassian-plugin.xml")) {
            return new Descriptor(parse(in));
        }
    }

    /** The hand-written Spring context as packaged. */
    public static Document springContext() throws Exception {
        try (InputStream in = SourceFiles.class.getResourceAsStream("/META-INF/spring/plugin-context.xml")) {
            return parse(in);
        }
    }

    public static Document parse(InputStream in) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(in);
    }

    /** The elements named {@code tag} below {@code parent}, at any depth, in document order. */
    public static List<Element> elements(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    /** Reading help for atlassian-plugin.xml. */
    public static final class Descriptor {

        private final Document document;

        Descriptor(Document document) {
            this.document = document;
        }

        public Document document() {
            return document;
        }

        public String pluginKey() {
            return document.getDocumentElement().getAttribute("key");
        }

        public String aoNamespace() {
            return ((Element) document.getElementsByTagName("ao").item(0)).getAttribute("namespace");
        }

        public List<String> entities() {
            return texts("entity");
        }

        public List<String> texts(String tag) {
            List<String> texts = new ArrayList<>();
            NodeList nodes = document.getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent().strip());
            }
            return texts;
        }
    }
}
