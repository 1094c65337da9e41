package io.mentoringspaces.testsupport;

import java.util.List;

/** The XSS corpus of {@code fixtures/xss-payloads.txt}: one payload per line. */
public final class XssPayloads {

    private XssPayloads() {
    }

    public static List<String> all() {
        return Fixtures.read("xss-payloads.txt").lines().filter(line -> !line.isEmpty()).toList();
    }

    /** The payload as text in HTML: what a user writes in the editor to see the payload as words. */
    public static String escaped(String payload) {
        return payload.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
