package io.mentoringspaces.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Properties;

/**
 * The demo in a real Confluence, for the browser tests: its people, then (unless its first space is
 * there already) the demo itself, through Confluence's REST API and the app's ({@link ConfluenceRestWriter});
 * the answer is the browser tests' configuration for it. The demo's users log in with their user name as
 * password, the administrator who creates them with theirs.
 */
public final class ConfluenceDemo {

    private ConfluenceDemo() {
    }

    public static Properties create(String baseUrl, String adminUser, String adminPassword) throws IOException, InterruptedException {
        RestClient rest = new RestClient(baseUrl, (request, user) -> request.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + (user.equals(adminUser) ? adminPassword : user))
                        .getBytes(StandardCharsets.UTF_8))));
        ConfluenceRestWriter writer = new ConfluenceRestWriter(rest, adminUser);
        DemoData.people(writer);
        if (!writer.spaceExists(DemoData.SPACES.get(0))) {
            DemoData.write(writer, rest, LocalDate.now());
        }
        return DemoData.browserConfiguration(baseUrl, writer::pages);
    }
}
