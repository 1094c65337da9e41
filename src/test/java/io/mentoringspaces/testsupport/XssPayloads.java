package io.mentoringspaces.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The XSS corpus of {@code fixtures/xss-payloads.txt}: one payload per line. */
public final class XssPayloads {

    private XssPayloads() {
    }

    public static List<String> all() {
        try (InputStream in = XssPayloads.class.getResourceAsStream("/fixtures/xss-payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The payload as text in HTML: what a user writes in the editor to see the payload as words. */
    public static String escaped(String payload) {
        return payload.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
