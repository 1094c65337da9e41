package io.mentoringspaces.storage;

import io.mentoringspaces.model.ActivityDefinition;
import io.mentoringspaces.model.ActivityKind;
import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.DefaultChecklist;
import io.mentoringspaces.model.FeedbackSide;
import io.mentoringspaces.model.ItemText;
import io.mentoringspaces.model.PageTask;
import io.mentoringspaces.model.WrittenItem;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.Text;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one reader of Confluence storage format in the app: the checklist macro, the REST API, the page
 * index and the benchmarks read pages through it, so that they all see the same goals and checklist
 * items.
 *
 * <p>Parsing. A page body is a fragment (many top-level elements, text between them) that uses the
 * {@code ac:}, {@code ri:} and {@code at:} prefixes without declaring them, and HTML's named character
 * references ({@code &nbsp;}, {@code &rsquo;}) that XML does not know. The body is wrapped in a root
 * element that declares the prefixes, and every named reference of the HTML entity set
 * ({@code storage/html-entities.properties}) outside CDATA sections and comments becomes a numeric one;
 * an unknown name and a bare {@code &} are read as text. The JDK's own XML parser then reads it, with
 * no DTD and no external entities. A body that is still not well-formed is refused whole with
 * {@link StorageFormatException}: callers skip such a page rather than apply part of it.
 *
 * <p>The app's macros ({@link #read}). Goal macros are read wherever they are (layouts, tables, other
 * macros' bodies), each with its own parameters only. A checklist is the first checklist macro with its
 * id; its items are read from its rich-text body:
 * <ul>
 *   <li>each list item, paragraph, heading, task, line break or other block ends an item, so a body
 *       of list items gives one item per list item and a body of paragraphs one per line; a body of
 *       bare text (no markup at all) gives one item per line;</li>
 *   <li>a table row is one item, its cells' text separated by spaces; a row of header cells only is
 *       not an item;</li>
 *   <li>nested lists, tables, layouts and the rich-text bodies of other macros (info, expand, panel
 *       and any unknown macro) are read as more items; a macro without a rich-text body (a Jira issue,
 *       an anchor, code) adds no text and ends no item; a macro's parameters, plain-text body (code),
 *       placeholders, images, emoticons and the task list's own bookkeeping are not item text; the
 *       app's own macros inside a checklist are not its items;</li>
 *   <li>inline, an item's text is made of the parts of {@link ItemText}: a user mention
 *       ({@code ac:link} to {@code ri:user}) by user key, a status macro by its title and colour, a
 *       date ({@code time}) by its {@code datetime}, a link by its body or else its target's title,
 *       file name, space key or address, an external link by its text or else its address;</li>
 *   <li>an item with no text is left out; a checklist macro without items is the built-in mentee
 *       checklist.</li>
 * </ul>
 */
public final class StorageReader {

    /** Namespace of {@code ac:} elements (macros, links, tasks, layouts). */
    public static final String AC = "http://atlassian.com/content";
    /** Namespace of {@code ri:} elements (resource identifiers: pages, users, attachments). */
    public static final String RI = "http://atlassian.com/resource/identifier";
    /** Namespace of {@code at:} elements (blueprint templates: variables, i18n). */
    public static final String AT = "http://atlassian.com/template";

    private static final String ROOT = "storage-format";
    /** The longest activity title the app keeps. */
    private static final int ACTIVITY_TITLE = 255;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** The value of {@code XMLConstants.FEATURE_SECURE_PROCESSING}, written out so the bundle needs no javax.xml import. */
    private static final String SECURE_PROCESSING = "http://javax.xml.XMLConstants/feature/secure-processing";
    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");
    private static final Map<String, Integer> HTML_ENTITIES = loadEntities();

    /** HTML elements that end an item where they start and where they end. */
    private static final Set<String> BLOCKS = Set.of("li", "ul", "ol", "p", "div", "br", "hr", "h1", "h2", "h3", "h4", "h5",
            "h6", "table", "thead", "tbody", "tfoot", "caption", "blockquote", "pre", "dl", "dt", "dd", "section");
    /** HTML elements whose content is no item text. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "img", "colgroup");
    /** {@code ac:} elements that end an item where they start and where they end; their content is read. */
    private static final Set<String> AC_BLOCKS = Set.of("layout", "layout-section", "layout-cell", "rich-text-body",
            "task-list", "task-body");
    /** {@code ac:} elements whose content is no item text. */
    private static final Set<String> AC_SKIPPED = Set.of("parameter", "placeholder", "plain-text-body", "image",
            "emoticon", "task-id", "task-uuid", "task-status");
    private static final Set<String> APP_MACROS = Set.of(MacroNames.GOAL, MacroNames.GOAL_PROGRESS, MacroNames.CHECKLIST,
            MacroNames.MEETINGS, MacroNames.PROGRAMME_REPORT, MacroNames.ACTION_ITEMS, MacroNames.ACTIVITY, MacroNames.MEETING);

    private StorageReader() {
    }

    /** The goal and checklist macros of a page's storage format; {@link PageMacros#NONE} for an empty or missing body. */
    public static PageMacros read(String storage) throws StorageFormatException {
        Document document = parse(storage);
        NodeList macros = document.getElementsByTagNameNS(AC, "structured-macro");
        List<GoalMacro> goals = new ArrayList<>();
        Map<String, List<ChecklistEntry>> checklists = new LinkedHashMap<>();
        for (int i = 0; i < macros.getLength(); i++) {
            Element macro = (Element) macros.item(i);
            String name = macro.getAttributeNS(AC, "name");
            if (MacroNames.GOAL.equals(name)) {
                Map<String, String> p = parameters(macro);
                goals.add(new GoalMacro(p.get(MacroNames.GOAL_KEY), p.get(MacroNames.TITLE), p.get(MacroNames.TARGET),
                        p.get(MacroNames.EVALUATION), p.get(MacroNames.DUE_DATE), p.get(MacroNames.STATUS)));
            } else if (MacroNames.CHECKLIST.equals(name)) {
                String id = parameters(macro).getOrDefault(MacroNames.CHECKLIST_ID, DefaultChecklist.ID);
                if (!checklists.containsKey(id)) {
                    checklists.put(id, entries(child(macro, AC, "rich-text-body")));
                }
            }
        }
        return new PageMacros(goals, checklists);
    }

    /**
     * The development-activity macros of a page's storage format, in page order, each keyed by the
     * fingerprint of its title (as checklist items are): the title (trimmed, cut to 255 characters; a
     * macro without one is left out), the kind (other when missing or unknown) and the goal key (none
     * when missing or not a token).
     */
    public static List<ActivityDefinition> activities(String storage) throws StorageFormatException {
        NodeList macros = parse(storage).getElementsByTagNameNS(AC, "structured-macro");
        List<ActivityDefinition> activities = new ArrayList<>();
        for (int i = 0; i < macros.getLength(); i++) {
            Element macro = (Element) macros.item(i);
            if (MacroNames.ACTIVITY.equals(macro.getAttributeNS(AC, "name"))) {
                Map<String, String> p = parameters(macro);
                String title = p.get(MacroNames.TITLE);
                if (title != null) {
                    title = title.length() > ACTIVITY_TITLE ? title.substring(0, ACTIVITY_TITLE).strip() : title;
                    ActivityKind kind = ActivityKind.fromParameter(p.getOrDefault(MacroNames.KIND, ""));
                    String goalKey = p.get(MacroNames.GOAL_KEY);
                    activities.add(new ActivityDefinition(ChecklistEntry.written(title), title, kind == null ? ActivityKind.OTHER : kind,
                            goalKey != null && TOKEN.matcher(goalKey).matches() ? goalKey : null));
                }
            }
        }
        return activities;
    }

    /**
     * The Confluence tasks of a page's storage format with an id, in page order, each id once (see
     * {@link TaskReader}); {@code knownUser} tells which mentioned user keys belong to users who exist.
     */
    public static List<PageTask> tasks(String storage, Predicate<String> knownUser) throws StorageFormatException {
        return TaskReader.tasks(parse(storage), knownUser);
    }

    /**
     * Whether the page's first meeting macro holds the session's aims: any text in its rich-text body,
     * read as a checklist's items are read (placeholders, parameters and empty paragraphs are no text).
     * False for a page without a meeting macro.
     */
    public static boolean meetingAimsWritten(String storage) throws StorageFormatException {
        NodeList macros = parse(storage).getElementsByTagNameNS(AC, "structured-macro");
        for (int i = 0; i < macros.getLength(); i++) {
            Element macro = (Element) macros.item(i);
            if (MacroNames.MEETING.equals(macro.getAttributeNS(AC, "name"))) {
                Element body = child(macro, AC, "rich-text-body");
                return body != null && !itemsOf(body, body.getElementsByTagName("*").getLength() == 0).isEmpty();
            }
        }
        return false;
    }

    /**
     * The feedback macros of a meeting page: for each side, the first feedback macro whose {@code side}
     * parameter names it (a macro naming no known side is left out). Its text is the items of its
     * rich-text body, read as checklist items are, one per line; the mentor's suggestions are the list
     * items of the mentor's macro (a list nested in an item gives items of its own), each keyed by the
     * fingerprint of its text as a checklist item is.
     */
    public static FeedbackMacros feedback(String storage) throws StorageFormatException {
        NodeList macros = parse(storage).getElementsByTagNameNS(AC, "structured-macro");
        Map<FeedbackSide, String> texts = new EnumMap<>(FeedbackSide.class);
        Map<FeedbackSide, Element> bodies = new EnumMap<>(FeedbackSide.class);
        for (int i = 0; i < macros.getLength(); i++) {
            Element macro = (Element) macros.item(i);
            if (MacroNames.FEEDBACK.equals(macro.getAttributeNS(AC, "name"))) {
                FeedbackSide side = FeedbackSide.fromParameter(parameters(macro).get(MacroNames.SIDE));
                if (side != null && !bodies.containsKey(side)) {
                    Element body = child(macro, AC, "rich-text-body");
                    bodies.put(side, body);
                    List<ItemText> lines = body == null ? List.of() : itemsOf(body, body.getElementsByTagName("*").getLength() == 0);
                    if (!lines.isEmpty()) {
                        texts.put(side, String.join("\n", lines.stream().map(ItemText::keyText).toList()));
                    }
                }
            }
        }
        List<WrittenItem> suggestions = new ArrayList<>();
        Element mentor = bodies.get(FeedbackSide.MENTOR);
        if (mentor != null) {
            NodeList listItems = mentor.getElementsByTagName("li");
            for (int i = 0; i < listItems.getLength(); i++) {
                Element item = (Element) listItems.item(i);
                if (!insideListItem(item, mentor)) {
                    for (ItemText text : itemsOf(item, false)) {
                        suggestions.add(new WrittenItem(ChecklistEntry.written(text), text.keyText()));
                    }
                }
            }
        }
        return new FeedbackMacros(texts, suggestions);
    }

    /** The items of an element's content, read as a checklist body's. */
    private static List<ItemText> itemsOf(Element element, boolean linesAreItems) {
        Items items = new Items(linesAreItems);
        items.children(element);
        items.end();
        return items.texts;
    }

    /** Whether a list item is nested in another list item below {@code top}. */
    private static boolean insideListItem(Element item, Element top) {
        for (Node parent = item.getParentNode(); parent != null && parent != top; parent = parent.getParentNode()) {
            if (parent instanceof Element element && element.getNamespaceURI() == null && "li".equals(element.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Parses a storage-format body (as {@link StorageReader} describes); the document's root element
     * wraps the body's nodes. For readers of other content than the app's macros.
     */
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

    /** A macro's own parameters by name, as trimmed text (no-break spaces as spaces); blank ones are left out. */
    private static Map<String, String> parameters(Element macro) {
        Map<String, String> parameters = new HashMap<>();
        for (Node child = macro.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (isAc(child, "parameter")) {
                String value = child.getTextContent().replace('\u00a0', ' ').strip();
                if (!value.isEmpty()) {
                    parameters.putIfAbsent(((Element) child).getAttributeNS(AC, "name"), value);
                }
            }
        }
        return parameters;
    }

    /** The checklist entries of a checklist macro's rich-text body (null: none). */
    private static List<ChecklistEntry> entries(Element body) {
        if (body == null) {
            return DefaultChecklist.entries();
        }
        List<ItemText> texts = itemsOf(body, body.getElementsByTagName("*").getLength() == 0);
        return texts.isEmpty() ? DefaultChecklist.entries() : texts.stream().map(ChecklistEntry::written).toList();
    }

    /** Collects the items of a checklist body: parts accumulate until something ends the item. */
    private static final class Items {
        final List<ItemText> texts = new ArrayList<>();
        final List<ItemText.Part> parts = new ArrayList<>();
        /** A body of bare text: its lines are its items. */
        final boolean linesAreItems;
        /** Table rows being read: within one, blocks separate words instead of ending the item. */
        int rows;

        Items(boolean linesAreItems) {
            this.linesAreItems = linesAreItems;
        }

        void children(Node parent) {
            for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
                node(child);
            }
        }

        void node(Node node) {
            if (node instanceof Text text) {
                text(text.getData());
            } else if (node instanceof Element element) {
                if (AC.equals(element.getNamespaceURI())) {
                    ac(element);
                } else if (element.getNamespaceURI() == null) {
                    html(element);
                }
            }
        }

        void html(Element element) {
            String name = element.getLocalName();
            if (SKIPPED.contains(name)) {
                return;
            }
            if (name.equals("time")) {
                String datetime = element.getAttribute("datetime").strip();
                if (datetime.isEmpty()) {
                    children(element);
                } else {
                    parts.add(new ItemText.Date(datetime));
                }
            } else if (name.equals("a") && element.getTextContent().isBlank()) {
                text(element.getAttribute("href"));
            } else if (name.equals("tr")) {
                row(element);
            } else if (name.equals("td") || name.equals("th")) {
                parts.add(new ItemText.Text(" "));
                children(element);
                parts.add(new ItemText.Text(" "));
            } else if (BLOCKS.contains(name)) {
                end();
                children(element);
                end();
            } else {
                children(element);
            }
        }

        void ac(Element element) {
            String name = element.getLocalName();
            if (AC_SKIPPED.contains(name)) {
                return;
            }
            switch (name) {
                case "structured-macro" -> macro(element);
                case "link" -> link(element);
                case "task" -> {
                    end();
                    Element body = child(element, AC, "task-body");
                    if (body != null) {
                        children(body);
                    }
                    end();
                }
                default -> {
                    boolean block = AC_BLOCKS.contains(name);
                    if (block) {
                        end();
                    }
                    children(element);
                    if (block) {
                        end();
                    }
                }
            }
        }

        /** A table row as one item; a row of header cells only is left out. */
        void row(Element row) {
            boolean headings = true;
            for (Node child = row.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element cell && !cell.getLocalName().equals("th")) {
                    headings = false;
                }
            }
            if (headings) {
                return;
            }
            end();
            rows++;
            children(row);
            rows--;
            end();
        }

        void macro(Element macro) {
            String name = macro.getAttributeNS(AC, "name");
            if (name.equals("status")) {
                Map<String, String> parameters = parameters(macro);
                String title = parameters.get(MacroNames.TITLE);
                if (title != null) {
                    parts.add(new ItemText.Status(title.replaceAll("\\s+", " "), parameters.get("colour")));
                }
                return;
            }
            Element body = child(macro, AC, "rich-text-body");
            if (body != null) {
                end();
                if (!APP_MACROS.contains(name)) {
                    children(body);
                }
                end();
            }
        }

        void link(Element link) {
            Element user = child(link, RI, "user");
            if (user != null && (user.hasAttributeNS(RI, "userkey") || user.hasAttributeNS(RI, "username"))) {
                parts.add(user.hasAttributeNS(RI, "userkey") ? new ItemText.Mention(user.getAttributeNS(RI, "userkey"), null)
                        : new ItemText.Mention(null, user.getAttributeNS(RI, "username")));
                return;
            }
            Element plainBody = child(link, AC, "plain-text-link-body");
            Element richBody = child(link, AC, "link-body");
            String shown = plainBody != null ? plainBody.getTextContent() : richBody != null ? richBody.getTextContent() : "";
            text(shown.isBlank() ? target(link) : shown);
        }

        /** What a link without a body shows: its target's title, file name, space key or address, or its anchor. */
        String target(Element link) {
            for (Node child = link.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element resource && RI.equals(resource.getNamespaceURI())) {
                    for (String attribute : List.of("content-title", "filename", "space-key", "value")) {
                        if (resource.hasAttributeNS(RI, attribute)) {
                            return resource.getAttributeNS(RI, attribute);
                        }
                    }
                }
            }
            return link.getAttributeNS(AC, "anchor");
        }

        void text(String text) {
            if (!linesAreItems) {
                parts.add(new ItemText.Text(text));
                return;
            }
            String[] lines = text.split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    end();
                }
                parts.add(new ItemText.Text(lines[i]));
            }
        }

        /** Ends the item being read, keeping it when it has any text; within a table row, separates words. */
        void end() {
            if (rows > 0) {
                parts.add(new ItemText.Text(" "));
                return;
            }
            ItemText item = ItemText.normalised(parts);
            if (!item.isBlank()) {
                texts.add(item);
            }
            parts.clear();
        }
    }

    private static boolean isAc(Node node, String localName) {
        return node instanceof Element element && AC.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName());
    }

    /** The first child element with that name, or null. */
    static Element child(Element parent, String namespace, String localName) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && namespace.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
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
        try (InputStream in = StorageReader.class.getResourceAsStream("/storage/html-entities.properties")) {
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

    /** Turns every error of the parser into an exception instead of printing it. */
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
