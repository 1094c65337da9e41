package io.mentoringspaces.coordinator;

import com.fasterxml.jackson.databind.JsonNode;
import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.confluence.DeviceType;
import io.mentoringspaces.confluence.OutputType;
import io.mentoringspaces.confluence.Storage;
import io.mentoringspaces.confluence.VelocityTemplateRenderer;
import io.mentoringspaces.confluence.WebServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Every coordinator output of the app started in the test Confluence: the servlets' pages and the REST
 * API's JSON and CSV over its web server, the programme report macro on a page of space {@code COORD}
 * rendered by its page renderer, and the view models its template renderer was handed. The server's
 * threads read committed rows, so tests using it commit their data.
 */
final class CoordinatorOutputs implements AutoCloseable {

    /** The page the programme report macro is put on. */
    private static final long REPORT_PAGE = 700;

    private final ConfluenceDouble confluence;
    private final WebServer web;

    /** Serves the started app of {@code confluence}, whose users {@code readers} may view the report page. */
    CoordinatorOutputs(ConfluenceDouble confluence, String... readers) {
        this.confluence = confluence;
        confluence.space("COORD", "Coordination");
        confluence.page(REPORT_PAGE, "COORD", null, "Programme report", "");
        for (String reader : readers) {
            confluence.viewer("COORD", reader);
        }
        web = confluence.serve();
    }

    private static String query(Map<String, String> parameters) {
        return parameters.isEmpty() ? "" : parameters.entrySet().stream()
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }

    /** The HTML of a GET of a servlet path below {@code /plugins/servlet}, with the given query parameters. */
    String servlet(String user, String path, Map<String, String> parameters) throws Exception {
        return web.site().get("/plugins/servlet" + path + query(parameters), user).body();
    }

    /** The report page holding the programme report macro for {@code programme}, rendered for the user. */
    String macro(String user, String programme) {
        confluence.page(REPORT_PAGE).setBodyAsString(Storage.macro("mentoring-programme-report", Map.of("programme", programme), null));
        confluence.loginAs(user);
        try {
            return confluence.render(REPORT_PAGE, OutputType.DISPLAY, DeviceType.DESKTOP);
        } finally {
            confluence.loginAs(null);
        }
    }

    /** The JSON a GET of a REST path answers (any status). */
    JsonNode json(String user, String path) throws Exception {
        return web.rest().get(path, user).json();
    }

    /** The CSV export of the programme's pairs with these filters (null: none). */
    String csv(String user, String programme, String status, String q) throws Exception {
        Map<String, String> filters = new LinkedHashMap<>();
        if (status != null) {
            filters.put("status", status);
        }
        if (q != null) {
            filters.put("q", q);
        }
        return web.rest().get("/programmes/" + programme + "/pairs.csv" + query(filters), user).body();
    }

    /** Keeps the view models rendered from now on, for {@link #viewModelPaths()}. */
    void recordViewModels() {
        confluence.templateRenderer().record();
    }

    /** Every key path of the view models rendered since {@link #recordViewModels()}: {@code template:key.key[].key}. */
    Set<String> viewModelPaths() {
        Set<String> paths = new TreeSet<>();
        for (VelocityTemplateRenderer.Rendering rendering : confluence.templateRenderer().renderings()) {
            String template = rendering.template().substring(rendering.template().lastIndexOf('/') + 1);
            walk(template + ":", rendering.context(), paths);
        }
        return paths;
    }

    private static void walk(String path, Object value, Set<String> paths) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String child = path + (path.endsWith(":") ? "" : ".") + entry.getKey();
                paths.add(child);
                walk(child, entry.getValue(), paths);
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                walk(path + "[]", item, paths);
            }
        }
    }

    /** Every field path of a JSON answer: {@code key.key[].key}. */
    static Set<String> jsonPaths(JsonNode node) {
        Set<String> paths = new TreeSet<>();
        walk("", node, paths);
        return paths;
    }

    private static void walk(String path, JsonNode node, Set<String> paths) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                String name = names.next();
                String child = path.isEmpty() ? name : path + "." + name;
                paths.add(child);
                walk(child, node.get(name), paths);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                walk(path + "[]", item, paths);
            }
        }
    }

    @Override
    public void close() {
        web.close();
    }
}
