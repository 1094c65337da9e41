package io.mentoringspaces.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the demo into a real Confluence (Data Center 8.4 or later) through its REST API, changes made
 * by the user each call names (the demo's users log in with their user name as password):
 * <ul>
 * <li>users and groups as {@code admin}: {@code POST /rest/api/admin/user}, {@code POST
 * /rest/api/admin/group}, {@code PUT /rest/api/user/{user}/group/{group}} (Confluence Data Center REST
 * API, groups "Admin User", "Admin Group", "User Group"); a Confluence administrator joins
 * {@code confluence-administrators};</li>
 * <li>spaces and pages from blueprints through the create-content plugin's REST resources, as its
 * Create dialogs send them: {@code POST /rest/create-dialog/1.0/space-blueprint/create-space} with the
 * space blueprint's id ({@code GET .../space-blueprint/byKey/{key}}, as {@code admin}) and the wizard's
 * fields as context; {@code POST /rest/create-dialog/1.0/content-blueprint/create-content} with the
 * blueprint's complete key, which answers the new page's {@code pageId};</li>
 * <li>pages read and changed through {@code /rest/api/content} and {@code /rest/api/space}.</li>
 * </ul>
 * A real Confluence cannot turn its clock back: every change is made today.
 */
final class ConfluenceRestWriter implements DemoWriter {

    private static final String CREATE_DIALOG = "/rest/create-dialog/1.0";

    private final RestClient rest;
    private final String admin;

    ConfluenceRestWriter(RestClient rest, String admin) {
        this.rest = rest;
        this.admin = admin;
    }

    @Override
    public void user(String name, String fullName) {
        call(() -> {
            if (rest.request("GET", "/rest/api/user?username=" + encode(name), admin, null).status() == 404) {
                Map<String, Object> user = new LinkedHashMap<>();
                user.put("userName", name);
                user.put("fullName", fullName);
                user.put("email", name + "@example.com");
                user.put("password", name);
                rest.send("POST", "/rest/api/admin/user", admin, user);
            }
            join(name, "confluence-users");
            return null;
        });
    }

    /** From {@code GET /rest/api/user?username=} (Confluence Data Center REST API, "User"), its {@code userKey}. */
    @Override
    public String userKey(String name) {
        return call(() -> rest.get("/rest/api/user?username=" + encode(name), admin).path("userKey").asText());
    }

    @Override
    public void group(String group, List<String> members) {
        call(() -> {
            if (rest.request("GET", "/rest/api/group/" + encode(group), admin, null).status() == 404) {
                rest.send("POST", "/rest/api/admin/group", admin, Map.of("name", group));
            }
            for (String member : members) {
                join(member, group);
            }
            return null;
        });
    }

    @Override
    public void administrator(String name) {
        call(() -> {
            join(name, "confluence-administrators");
            return null;
        });
    }

    private void join(String user, String group) throws IOException, InterruptedException {
        rest.send("PUT", "/rest/api/user/" + encode(user) + "/group/" + encode(group), admin, null);
    }

    @Override
    public void on(LocalDate day) {
        // A real Confluence records every change when it is made.
    }

    @Override
    public void createSpace(String user, String spaceBlueprintKey, String key, String name, Map<String, Object> fields) {
        call(() -> {
            String blueprintId = rest.get(CREATE_DIALOG + "/space-blueprint/byKey/" + encode(spaceBlueprintKey), admin).path("id")
                    .asText();
            Map<String, Object> space = new LinkedHashMap<>();
            space.put("spaceKey", key);
            space.put("name", name);
            space.put("spaceBlueprintId", blueprintId);
            space.put("context", fields);
            return rest.send("POST", CREATE_DIALOG + "/space-blueprint/create-space", user, space);
        });
    }

    @Override
    public DemoPage homePage(String spaceKey) {
        return call(() -> content(rest.get("/rest/api/space/" + encode(spaceKey) + "?expand=homepage", admin)
                .path("homepage").path("id").asLong()));
    }

    @Override
    public DemoPage page(String spaceKey, String title) {
        return call(() -> {
            JsonNode found = rest.get("/rest/api/content?type=page&spaceKey=" + encode(spaceKey) + "&title=" + encode(title)
                    + "&expand=body.storage", admin).path("results");
            if (found.isEmpty()) {
                throw new IllegalStateException(spaceKey + " has no page " + title);
            }
            return demoPage(found.get(0));
        });
    }

    @Override
    public void updatePage(String user, DemoPage page, String body) {
        call(() -> {
            int version = rest.get("/rest/api/content/" + page.id() + "?expand=version", user).path("version").path("number").asInt();
            Map<String, Object> update = new LinkedHashMap<>();
            update.put("id", String.valueOf(page.id()));
            update.put("type", "page");
            update.put("title", page.title());
            update.put("version", Map.of("number", version + 1));
            update.put("body", Map.of("storage", Map.of("value", body, "representation", "storage")));
            return rest.send("PUT", "/rest/api/content/" + page.id(), user, update);
        });
    }

    @Override
    public DemoPage createPage(String user, String blueprintKey, String spaceKey, DemoPage parent, Map<String, Object> fields) {
        return call(() -> {
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("spaceKey", spaceKey);
            page.put("moduleCompleteKey", blueprintKey);
            page.put("parentPageId", parent.id());
            page.put("context", fields);
            return content(rest.send("POST", CREATE_DIALOG + "/content-blueprint/create-content", user, page).path("pageId").asLong());
        });
    }

    /** Whether the space exists. */
    boolean spaceExists(String spaceKey) {
        return call(() -> rest.request("GET", "/rest/api/space/" + encode(spaceKey), admin, null).status() == 200);
    }

    /** The space's current pages, and which are meeting pages (labelled {@code mentoring-meeting}). */
    List<DemoData.PageSummary> pages(String spaceKey) {
        return call(() -> {
            List<DemoData.PageSummary> pages = new ArrayList<>();
            JsonNode results = rest.get("/rest/api/content?type=page&limit=1000&spaceKey=" + encode(spaceKey)
                    + "&expand=metadata.labels", admin).path("results");
            for (JsonNode page : results) {
                boolean meeting = false;
                for (JsonNode label : page.path("metadata").path("labels").path("results")) {
                    meeting |= label.path("name").asText().equals("mentoring-meeting");
                }
                pages.add(new DemoData.PageSummary(page.path("id").asLong(), page.path("title").asText(), meeting));
            }
            return pages;
        });
    }

    private DemoPage content(long id) throws IOException, InterruptedException {
        return demoPage(rest.get("/rest/api/content/" + id + "?expand=body.storage", admin));
    }

    private static DemoPage demoPage(JsonNode content) {
        return new DemoPage(content.path("id").asLong(), content.path("title").asText(),
                content.path("body").path("storage").path("value").asText());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A REST call of the writer. */
    @FunctionalInterface
    private interface Call<T> {
        T run() throws IOException, InterruptedException;
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
