package io.mentoringspaces.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One {@code mentoring-goal} macro as written on a page: its parameters as text, trimmed, null when
 * absent or blank. Nothing is validated here.
 */
public record GoalMacro(String goalKey, String title, String target, String evaluation, String dueDate, String status) {

    /**
     * The goal's key: its {@code goalKey} parameter, or, for a macro written without one, a key derived
     * from its title ({@code goal-} and 12 hex digits), so that the same title always gives the same
     * key. Null without key and title.
     */
    public String effectiveKey() {
        if (goalKey != null) {
            return goalKey;
        }
        return title == null ? null : derivedKey(title);
    }

    /** The key a goal titled {@code title} gets when its macro has none. */
    public static String derivedKey(String title) {
        String normalised = title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return "goal-" + HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
