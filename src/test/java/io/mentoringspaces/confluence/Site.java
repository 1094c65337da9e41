package io.mentoringspaces.confluence;

import java.nio.file.Path;
import java.util.Map;

/**
 * How the test Confluence shows itself to people ({@link ConfluenceDouble#serveSite}): the port it
 * listens on (0: a free one), where AUI and jQuery are ({@code node_modules}), the name in its header,
 * the user signed in on a first visit (null: nobody), and each user's part, shown by the user switcher
 * and the login page.
 */
public record Site(int port, Path nodeModules, String name, String firstUser, Map<String, String> roles) {

    public Site {
        roles = Map.copyOf(roles);
    }
}
