package io.mentoringspaces.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * An item of a checklist as the page writes it: its text or, for the built-in mentee checklist, its
 * fixed key (the text is then the i18n bundle's). Which stored item a written entry is, is settled
 * by {@link ChecklistKeys}.
 */
public record ChecklistEntry(String fixedKey, String text) {

    private static final int FINGERPRINT_LENGTH = 12;

    public ChecklistEntry {
        if ((fixedKey == null) == (text == null)) {
            throw new IllegalArgumentException("an entry has either a fixed key or a text");
        }
    }

    /** An item written in the checklist macro's body. */
    public static ChecklistEntry written(String text) {
        return new ChecklistEntry(null, text);
    }

    /** An item of the built-in checklist, known by its key. */
    public static ChecklistEntry fixed(String key) {
        return new ChecklistEntry(key, null);
    }

    /**
     * Twelve hex digits of the SHA-256 of the text with case and runs of white space ignored; null
     * for a fixed entry. Editing only case or spacing keeps the fingerprint.
     */
    public String fingerprint() {
        if (text == null) {
            return null;
        }
        String normalised = text.replaceAll("[\\s\\u00a0]+", " ").strip().toLowerCase(Locale.ROOT);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, FINGERPRINT_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
