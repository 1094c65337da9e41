package io.mentoringspaces.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The text of a checklist item as the page's storage format writes it: a sequence of parts, plain
 * text and the few inline things whose shown text is not written in the item itself or that a view
 * marks out. Read from storage only, so that the checklist macro, the REST API and the page index
 * read the same parts and so the same {@link #keyText() key text} and fingerprint.
 *
 * <ul>
 *   <li>{@link Text}: words as written, a link's body (or else the title of the page, the name of
 *       the file or the address it points to), an external link's text;</li>
 *   <li>{@link Mention}: a user mention, by user key (or, in older pages, user name); the person's
 *       display name is looked up when the item is shown, never stored, so renaming a person changes
 *       no key;</li>
 *   <li>{@link Status}: a status macro's title and colour;</li>
 *   <li>{@link Date}: a date ({@code <time datetime>}), as written (ISO-8601).</li>
 * </ul>
 *
 * Parts are in reading order; white space is collapsed to single spaces and the item is trimmed.
 */
public record ItemText(List<Part> parts) {

    public ItemText {
        parts = List.copyOf(parts);
    }

    /** One part of an item's text. */
    public sealed interface Part permits Text, Mention, Status, Date {

        /** What the part adds to the item's key text. */
        String keyText();
    }

    /** Words as written. */
    public record Text(String text) implements Part {

        public Text {
            Objects.requireNonNull(text);
        }

        @Override
        public String keyText() {
            return text;
        }
    }

    /** A user mention: {@code userKey} when the page names the user by key, else {@code username}. */
    public record Mention(String userKey, String username) implements Part {

        public Mention {
            if ((userKey == null) == (username == null)) {
                throw new IllegalArgumentException("a mention names its user by key or by name");
            }
        }

        /** {@code @} and the user key (or name): stable when the person's display name changes. */
        @Override
        public String keyText() {
            return "@" + (userKey != null ? userKey : username);
        }
    }

    /** A status lozenge: its title and colour as written (the colour may be null). */
    public record Status(String title, String colour) implements Part {

        public Status {
            Objects.requireNonNull(title);
        }

        @Override
        public String keyText() {
            return title;
        }
    }

    /** A date as written in its {@code datetime} attribute. */
    public record Date(String datetime) implements Part {

        public Date {
            Objects.requireNonNull(datetime);
        }

        @Override
        public String keyText() {
            return datetime;
        }
    }

    /** An item of plain words. */
    public static ItemText of(String text) {
        return new ItemText(List.of(new Text(text)));
    }

    /**
     * The text the item's fingerprint is made of: the parts' key texts in order (a mention as
     * {@code @} and the user's key), white space collapsed, trimmed.
     */
    public String keyText() {
        StringBuilder text = new StringBuilder();
        parts.forEach(part -> text.append(part.keyText()));
        return collapse(text.toString()).strip();
    }

    /** True when the item has nothing to show or key on. */
    public boolean isBlank() {
        return keyText().isEmpty();
    }

    /**
     * The parts with runs of white space (no-break spaces included) collapsed to one space across part
     * boundaries, neighbouring words merged, empty words left out and the whole trimmed.
     */
    public static ItemText normalised(List<Part> parts) {
        List<Part> merged = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Text text) {
                words.append(text.text());
            } else {
                flush(words, merged);
                merged.add(part);
            }
        }
        flush(words, merged);
        List<Part> out = new ArrayList<>();
        for (int i = 0; i < merged.size(); i++) {
            if (merged.get(i) instanceof Text text) {
                String collapsed = collapse(text.text());
                boolean afterSpace = i == 0 || endsWithSpace(out);
                if (afterSpace && collapsed.startsWith(" ")) {
                    collapsed = collapsed.substring(1);
                }
                if (i == merged.size() - 1 && collapsed.endsWith(" ")) {
                    collapsed = collapsed.substring(0, collapsed.length() - 1);
                }
                if (!collapsed.isEmpty()) {
                    out.add(new Text(collapsed));
                }
            } else {
                out.add(merged.get(i));
            }
        }
        return new ItemText(out);
    }

    private static boolean endsWithSpace(List<Part> out) {
        return out.isEmpty() || out.get(out.size() - 1) instanceof Text text && text.text().endsWith(" ");
    }

    private static void flush(StringBuilder words, List<Part> merged) {
        if (words.length() > 0) {
            merged.add(new Text(words.toString()));
            words.setLength(0);
        }
    }

    private static String collapse(String text) {
        return text.replaceAll("[\\s\\u00a0]+", " ");
    }
}
