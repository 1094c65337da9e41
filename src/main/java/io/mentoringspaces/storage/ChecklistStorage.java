package io.mentoringspaces.storage;

import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.DefaultChecklist;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads checklist macros out of Confluence markup: the storage format of a page, and the body
 * Confluence hands a macro when it renders it. Pure and tolerant: unknown tags, named entities and
 * unbalanced markup never fail, they only lose formatting.
 */
public final class ChecklistStorage {

    /** The checklist macro's name in storage format. */
    public static final String MACRO_NAME = "mentoring-checklist";
    /** The checklist macro's parameter naming its checklist. */
    public static final String CHECKLIST_ID = "checklistId";

    /** Elements that start a new item or line. */
    private static final Set<String> BREAKS = Set.of("li", "ul", "ol", "p", "div", "br", "hr", "h1", "h2", "h3", "h4",
            "h5", "h6", "tr", "td", "th", "table", "thead", "tbody", "blockquote", "pre", "dl", "dt", "dd", "section",
            "ac:task", "ac:task-list", "ac:structured-macro", "ac:rich-text-body", "ac:layout", "ac:layout-section",
            "ac:layout-cell");
    /** Elements whose content is not item text. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "ac:parameter", "ac:placeholder", "ac:task-id",
            "ac:task-status", "ac:task-uuid", "time");
    private static final Map<String, String> ENTITIES = entities();

    private ChecklistStorage() {
    }

    /**
     * The entries of a checklist macro's body: one per list item, or per line when the body has no
     * lists (paragraphs and line breaks end a line); an empty body means the built-in mentee
     * checklist.
     */
    public static List<ChecklistEntry> entries(String body) {
        List<String> texts = itemTexts(body);
        return texts.isEmpty() ? DefaultChecklist.entries() : texts.stream().map(ChecklistEntry::written).toList();
    }

    /** The item texts written in a body, white space collapsed; empty for an empty body. */
    public static List<String> itemTexts(String body) {
        List<Token> tokens = tokenize(body == null ? "" : body);
        boolean markup = tokens.stream().anyMatch(t -> t.kind != Kind.TEXT);
        Lines lines = new Lines();
        Deque<String> skipping = new ArrayDeque<>();
        Deque<Link> links = new ArrayDeque<>();
        for (Token token : tokens) {
            if (!skipping.isEmpty()) {
                if (token.kind == Kind.START && token.name.equals(skipping.peek())) {
                    skipping.push(token.name);
                } else if (token.kind == Kind.END && token.name.equals(skipping.peek())) {
                    skipping.pop();
                }
                continue;
            }
            switch (token.kind) {
                case TEXT -> lines.text(token.text, !markup);
                case START -> {
                    if (BREAKS.contains(token.name)) {
                        lines.end();
                    }
                    if (token.name.equals("time")) {
                        lines.text(token.attributes.getOrDefault("datetime", ""), false);
                    }
                    if (SKIPPED.contains(token.name) && !token.selfClosing) {
                        skipping.push(token.name);
                    } else if (token.name.equals("ac:link") && !token.selfClosing) {
                        links.push(new Link(lines.length()));
                    } else if (token.name.startsWith("ri:") && !links.isEmpty()) {
                        links.peek().target = token.attributes.getOrDefault("ri:content-title",
                                token.attributes.get("ri:filename"));
                    }
                }
                case END -> {
                    if (BREAKS.contains(token.name)) {
                        lines.end();
                    }
                    if (token.name.equals("ac:link") && !links.isEmpty()) {
                        Link link = links.pop();
                        if (lines.length() == link.start && link.target != null) {
                            lines.text(link.target, false);
                        }
                    }
                }
            }
        }
        lines.end();
        return lines.items;
    }

    /**
     * The body (inner markup of its rich-text body) of the first checklist macro in a page's storage
     * format whose checklist id is {@code checklistId} (the default id when the macro names none);
     * an empty string for such a macro without a body, empty when the page has none.
     */
    public static Optional<String> findBody(String pageStorage, String checklistId) {
        return Optional.ofNullable(bodies(pageStorage).get(checklistId));
    }

    /**
     * The checklists of a page, in page order: each checklist id with the entries of its first macro
     * (as {@link #entries} reads them).
     */
    public static Map<String, List<ChecklistEntry>> checklists(String pageStorage) {
        Map<String, List<ChecklistEntry>> checklists = new LinkedHashMap<>();
        bodies(pageStorage).forEach((id, body) -> checklists.put(id, entries(body)));
        return checklists;
    }

    /** The body of the first checklist macro of each checklist id on the page, in page order. */
    private static Map<String, String> bodies(String pageStorage) {
        String page = pageStorage == null ? "" : pageStorage;
        List<Token> tokens = tokenize(page);
        Map<String, String> bodies = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind != Kind.START || !token.name.equals("ac:structured-macro")
                    || !MACRO_NAME.equals(token.attributes.get("ac:name"))) {
                continue;
            }
            Macro macro = token.selfClosing ? new Macro(i) : readMacro(page, tokens, i);
            String id = macro.parameters.getOrDefault(CHECKLIST_ID, "").strip();
            bodies.putIfAbsent(id.isEmpty() ? DefaultChecklist.ID : id, macro.body);
            i = macro.end;
        }
        return bodies;
    }

    /** Reads the macro starting at token {@code start}: its own parameters and rich-text body. */
    private static Macro readMacro(String page, List<Token> tokens, int start) {
        Macro macro = new Macro(start);
        int depth = 0;
        for (int i = start; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.name != null && token.name.equals("ac:structured-macro") && !token.selfClosing) {
                depth += token.kind == Kind.START ? 1 : -1;
                if (depth == 0) {
                    macro.end = i;
                    return macro;
                }
            } else if (depth == 1 && token.kind == Kind.START && !token.selfClosing) {
                if (token.name.equals("ac:parameter")) {
                    int close = matchingEnd(tokens, i);
                    StringBuilder value = new StringBuilder();
                    tokens.subList(i + 1, close).stream().filter(t -> t.kind == Kind.TEXT).forEach(t -> value.append(t.text));
                    macro.parameters.putIfAbsent(token.attributes.getOrDefault("ac:name", ""), value.toString());
                    i = close;
                } else if (token.name.equals("ac:rich-text-body")) {
                    int close = matchingEnd(tokens, i);
                    macro.body = page.substring(token.end, close < tokens.size() ? tokens.get(close).start : page.length());
                    i = close;
                }
            }
        }
        macro.end = tokens.size();
        return macro;
    }

    /** Index of the end tag closing the start tag at {@code start}, or the token count when unclosed. */
    private static int matchingEnd(List<Token> tokens, int start) {
        String name = tokens.get(start).name;
        int depth = 0;
        for (int i = start; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (name.equals(token.name) && !token.selfClosing) {
                depth += token.kind == Kind.START ? 1 : -1;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return tokens.size();
    }

    private enum Kind {
        START,
        END,
        TEXT
    }

    /** A tag or a run of text, with its place in the source. */
    private static final class Token {
        final Kind kind;
        final String name;
        final Map<String, String> attributes;
        final boolean selfClosing;
        final String text;
        final int start;
        final int end;

        Token(Kind kind, String name, Map<String, String> attributes, boolean selfClosing, String text, int start, int end) {
            this.kind = kind;
            this.name = name;
            this.attributes = attributes;
            this.selfClosing = selfClosing;
            this.text = text;
            this.start = start;
            this.end = end;
        }
    }

    private static final class Macro {
        final Map<String, String> parameters = new HashMap<>();
        String body = "";
        int end;

        Macro(int start) {
            this.end = start;
        }
    }

    private static final class Link {
        final int start;
        String target;

        Link(int start) {
            this.start = start;
        }
    }

    /** Collects item texts: text accumulates until a line ends. */
    private static final class Lines {
        final List<String> items = new ArrayList<>();
        final StringBuilder line = new StringBuilder();

        void text(String text, boolean newlinesEndLines) {
            if (!newlinesEndLines) {
                line.append(text);
                return;
            }
            String[] parts = text.split("\\R", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    end();
                }
                line.append(parts[i]);
            }
        }

        int length() {
            return line.length();
        }

        void end() {
            String text = line.toString().replaceAll("[\\s\\u00a0]+", " ").strip();
            if (!text.isEmpty()) {
                items.add(text);
            }
            line.setLength(0);
        }
    }

    private static List<Token> tokenize(String source) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            if (source.startsWith("<!--", i)) {
                i = after(source, "-->", i + 4);
            } else if (source.startsWith("<![CDATA[", i)) {
                int close = source.indexOf("]]>", i + 9);
                int stop = close < 0 ? n : close;
                tokens.add(new Token(Kind.TEXT, null, Map.of(), false, source.substring(i + 9, stop), i, Math.min(n, stop + 3)));
                i = Math.min(n, stop + 3);
            } else if (source.startsWith("<!", i) || source.startsWith("<?", i)) {
                i = after(source, ">", i + 2);
            } else if (source.charAt(i) == '<' && i + 1 < n
                    && (Character.isLetter(source.charAt(i + 1)) || source.charAt(i + 1) == '/')) {
                i = tag(source, i, tokens);
            } else {
                int next = source.indexOf('<', i + 1);
                int stop = next < 0 ? n : next;
                tokens.add(new Token(Kind.TEXT, null, Map.of(), false, decode(source.substring(i, stop)), i, stop));
                i = stop;
            }
        }
        return tokens;
    }

    private static int after(String source, String marker, int from) {
        int close = source.indexOf(marker, from);
        return close < 0 ? source.length() : close + marker.length();
    }

    /** Reads the tag at {@code start}; returns the index after it. */
    private static int tag(String source, int start, List<Token> tokens) {
        int n = source.length();
        boolean end = source.charAt(start + 1) == '/';
        int i = start + (end ? 2 : 1);
        int nameStart = i;
        while (i < n && isNameChar(source.charAt(i))) {
            i++;
        }
        String name = source.substring(nameStart, i).toLowerCase(Locale.ROOT);
        Map<String, String> attributes = new HashMap<>();
        boolean selfClosing = false;
        while (i < n && source.charAt(i) != '>') {
            char c = source.charAt(i);
            if (c == '/') {
                selfClosing = true;
                i++;
            } else if (isNameChar(c)) {
                int attributeStart = i;
                while (i < n && isNameChar(source.charAt(i))) {
                    i++;
                }
                String attribute = source.substring(attributeStart, i).toLowerCase(Locale.ROOT);
                String value = "";
                if (i < n && source.charAt(i) == '=') {
                    i++;
                    if (i < n && (source.charAt(i) == '"' || source.charAt(i) == '\'')) {
                        char quote = source.charAt(i);
                        int close = source.indexOf(quote, i + 1);
                        int stop = close < 0 ? n : close;
                        value = source.substring(i + 1, stop);
                        i = Math.min(n, stop + 1);
                    } else {
                        int valueStart = i;
                        while (i < n && !Character.isWhitespace(source.charAt(i)) && source.charAt(i) != '>') {
                            i++;
                        }
                        value = source.substring(valueStart, i);
                    }
                }
                attributes.putIfAbsent(attribute, decode(value));
                selfClosing = false;
            } else {
                i++;
            }
        }
        int stop = Math.min(n, i + 1);
        if (!name.isEmpty()) {
            tokens.add(new Token(end ? Kind.END : Kind.START, name, attributes, selfClosing || name.equals("br")
                    || name.equals("hr") || name.equals("img"), null, start, stop));
        }
        return stop;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == ':' || c == '-' || c == '_' || c == '.';
    }

    /** Replaces character references and the common named entities; leaves unknown names as written. */
    static String decode(String text) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (amp >= 0) {
            out.append(text, i, amp);
            int semi = text.indexOf(';', amp);
            String replacement = semi < 0 || semi - amp > 12 ? null : reference(text.substring(amp + 1, semi));
            if (replacement == null) {
                out.append('&');
                i = amp + 1;
            } else {
                out.append(replacement);
                i = semi + 1;
            }
            amp = text.indexOf('&', i);
        }
        return out.append(text.substring(i)).toString();
    }

    private static String reference(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return ENTITIES.get(name);
    }

    private static Map<String, String> entities() {
        Map<String, String> entities = new HashMap<>();
        String[] pairs = {"amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", "\u00a0", "ndash", "\u2013",
            "mdash", "\u2014", "lsquo", "\u2018", "rsquo", "\u2019", "ldquo", "\u201c", "rdquo", "\u201d", "hellip", "\u2026",
            "bull", "\u2022", "middot", "\u00b7", "laquo", "\u00ab", "raquo", "\u00bb", "copy", "\u00a9", "reg", "\u00ae",
            "trade", "\u2122", "euro", "\u20ac", "pound", "\u00a3", "times", "\u00d7", "deg", "\u00b0", "auml", "\u00e4",
            "ouml", "\u00f6", "uuml", "\u00fc", "Auml", "\u00c4", "Ouml", "\u00d6", "Uuml", "\u00dc", "szlig", "\u00df",
            "eacute", "\u00e9", "egrave", "\u00e8", "agrave", "\u00e0", "ccedil", "\u00e7", "rarr", "\u2192", "larr", "\u2190"};
        for (int i = 0; i < pairs.length; i += 2) {
            entities.put(pairs[i], pairs[i + 1]);
        }
        return Map.copyOf(entities);
    }
}
