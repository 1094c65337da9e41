package io.mentoringspaces.model;

/**
 * An item of a checklist as the page writes it: its text or, for the built-in mentee checklist, its
 * fixed key (the text is then the i18n bundle's). Which stored item a written entry is, is settled
 * by {@link ChecklistKeys}.
 */
public record ChecklistEntry(String fixedKey, ItemText text) {

    public ChecklistEntry {
        if ((fixedKey == null) == (text == null)) {
            throw new IllegalArgumentException("an entry has either a fixed key or a text");
        }
    }

    /** An item written in the checklist macro's body. */
    public static ChecklistEntry written(ItemText text) {
        return new ChecklistEntry(null, text);
    }

    /** An item of plain words written in the checklist macro's body. */
    public static ChecklistEntry written(String text) {
        return written(ItemText.of(text));
    }

    /** An item of the built-in checklist, known by its key. */
    public static ChecklistEntry fixed(String key) {
        return new ChecklistEntry(key, null);
    }

    /**
     * Twelve hex digits of the SHA-256 of the text's {@link ItemText#keyText() key text} with case and
     * runs of white space ignored; null for a fixed entry. Editing only case or spacing keeps the
     * fingerprint; so does renaming a person the item mentions.
     */
    public String fingerprint() {
        return text == null ? null : Fingerprints.of(text.keyText());
    }
}
