package io.mentoringspaces.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How Confluence's Active Objects names the app's tables: {@code AO_} plus the last six hex digits
 * of the MD5 of the {@code <ao>} module's namespace, upper case, then {@code _}.
 */
public final class AoNaming {

    /** The namespace declared in atlassian-plugin.xml. */
    public static final String NAMESPACE = "io.mentoringspaces";

    private AoNaming() {
    }

    public static String tablePrefix() {
        try {
            String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(NAMESPACE.getBytes(StandardCharsets.UTF_8)));
            return ("AO_" + md5.substring(md5.length() - 6) + "_").toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String prefixed(String tableName) {
        return tablePrefix() + tableName;
    }
}
