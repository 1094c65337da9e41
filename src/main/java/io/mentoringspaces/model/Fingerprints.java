package io.mentoringspaces.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Short, stable fingerprints of texts that people write. */
final class Fingerprints {

    private static final int LENGTH = 12;

    private Fingerprints() {
    }

    /** Twelve hex digits of the SHA-256 of the text with case and runs of white space ignored. */
    static String of(String text) {
        String normalised = text.replaceAll("[\\s\\u00a0]+", " ").strip().toLowerCase(Locale.ROOT);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
