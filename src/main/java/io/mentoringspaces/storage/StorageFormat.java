package io.mentoringspaces.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads Confluence storage format with a real XML parser. A page body is a fragment (many top-level
 * elements, text between them) that uses the {@code ac:}, {@code ri:} and {@code at:} prefixes
 * without declaring them, and HTML's named character references ({@code &nbsp;}, {@code &eacute;})
 * that XML does not know: the body is wrapped in a root element declaring the prefixes, and named
 * references outside CDATA sections and comments become numeric ones. A bare {@code &} is read as
 * text. Anything else that is not well-formed is refused with {@link StorageFormatException}.
 */
public final class StorageFormat {

    /** Namespace of {@code ac:} elements (macros, links, tasks, layouts). */
    public static final String AC = "http://atlassian.com/content";
    /** Namespace of {@code ri:} elements (resource identifiers: pages, users, attachments). */
    public static final String RI = "http://atlassian.com/resource/identifier";
    /** Namespace of {@code at:} elements (blueprint templates: variables, i18n). */
    public static final String AT = "http://atlassian.com/template";

    private static final String ROOT = "storage-format";
    /** The value of {@code XMLConstants.FEATURE_SECURE_PROCESSING}, written out so the bundle needs no javax.xml import. */
    private static final String SECURE_PROCESSING = "http://javax.xml.XMLConstants/feature/secure-processing";
    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");
    private static final Map<String, Integer> HTML_ENTITIES = loadEntities();

    private StorageFormat() {
    }

    /** Parses a storage-format body; the document's root element wraps the body's nodes. */
    public static Document parse(String storage) throws StorageFormatException {
        String xml = "<" + ROOT + " xmlns:ac=\"" + AC + "\" xmlns:ri=\"" + RI + "\" xmlns:at=\"" + AT + "\">"
                + numericReferences(storage == null ? "" : storage) + "</" + ROOT + ">";
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(RETHROW);
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            throw new StorageFormatException("line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
                    + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new StorageFormatException(e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser cannot be configured", e);
        }
    }

    /** Escapes text for an element or a double-quoted attribute of storage format. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The JDK's own parser (not one found on the class path), with no DTDs and no external entities. */
    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setExpandEntityReferences(false);
        factory.setXIncludeAware(false);
        factory.setFeature(SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory;
    }

    /**
     * Rewrites HTML named character references as numeric ones and escapes ampersands that start no
     * reference, leaving CDATA sections and comments as they are.
     */
    static String numericReferences(String storage) {
        StringBuilder out = new StringBuilder(storage.length() + 16);
        int i = 0;
        while (i < storage.length()) {
            if (storage.startsWith("<![CDATA[", i)) {
                i = copyThrough(storage, i, "]]>", out);
            } else if (storage.startsWith("<!--", i)) {
                i = copyThrough(storage, i, "-->", out);
            } else if (storage.charAt(i) == '&') {
                i = reference(storage, i, out);
            } else {
                out.append(storage.charAt(i++));
            }
        }
        return out.toString();
    }

    private static int copyThrough(String s, int from, String end, StringBuilder out) {
        int close = s.indexOf(end, from);
        int to = close < 0 ? s.length() : close + end.length();
        out.append(s, from, to);
        return to;
    }

    private static int reference(String s, int amp, StringBuilder out) {
        int semicolon = s.indexOf(';', amp);
        String name = semicolon < 0 ? null : s.substring(amp + 1, semicolon);
        if (name != null && name.matches("#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31}")) {
            Integer codePoint = HTML_ENTITIES.get(name);
            if (name.startsWith("#") || XML_ENTITIES.contains(name)) {
                out.append('&').append(name).append(';');
            } else if (codePoint != null) {
                out.append("&#").append(codePoint).append(';');
            } else {
                out.append("&amp;").append(name).append(';');
            }
            return semicolon + 1;
        }
        out.append("&amp;");
        return amp + 1;
    }

    private static Map<String, Integer> loadEntities() {
        Properties table = new Properties();
        try (InputStream in = StorageFormat.class.getResourceAsStream("/storage/html-entities.properties")) {
            if (in == null) {
                throw new IllegalStateException("storage/html-entities.properties is missing");
            }
            table.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> entities = new HashMap<>();
        table.forEach((name, codePoint) -> entities.put((String) name, Integer.valueOf((String) codePoint)));
        return Map.copyOf(entities);
    }

    /** Turns every warning and error of the parser into an exception instead of printing it. */
    private static final ErrorHandler RETHROW = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // Warnings do not make a body unreadable.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
