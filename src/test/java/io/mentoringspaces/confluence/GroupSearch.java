package io.mentoringspaces.confluence;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Confluence's group search, the one its own group pickers call: {@code GET
 * /rest/prototype/1/search/group?query=<start of the name>&max-results=<n>} (also at
 * {@code .../group.json}). As Confluence 8.7.2 answers it (decompiled {@code PrototypeSearchService}
 * and {@code DefaultRestSearchService} of its REST plugin, {@code com.atlassian.confluence.plugins.rest};
 * {@code SearchResultEntityList}, {@code GroupSearchResultEntity}): the groups whose name starts with
 * the query, active ones only, at most {@code max-results} and never more than 50 (0 or none: 50; a
 * negative number: every group, Crowd's "all results"); a blank query: the first groups, active or
 * not; the answer {@code {"result":[{"name":"<group>","type":"group"}, ...],"group":[],"totalSize":0}}
 * (the total is not counted for groups); anonymous users may call it. A {@code max-results} that is
 * not a number is 404, as JAX-RS answers a query parameter it cannot convert.
 *
 * <p>Names are matched ignoring case, as Crowd compares them. Every group of the test Confluence is
 * active. Confluence answers in XML when the client accepts no JSON; the test Confluence answers JSON
 * only (406 otherwise), which is what every caller of the app asks for.
 */
final class GroupSearch extends HttpServlet {

    /** The path specs, below the context path. */
    static final List<String> PATHS = List.of("/rest/prototype/1/search/group", "/rest/prototype/1/search/group.json");
    static final int MAX_RESULTS = 50;
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient Directory directory;

    GroupSearch(Directory directory) {
        this.directory = directory;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String accept = request.getHeader("Accept");
        boolean json = request.getServletPath().endsWith(".json") || (accept != null && accept.contains("application/json"));
        if (!json) {
            response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE);
            return;
        }
        int max;
        try {
            String parameter = request.getParameter("max-results");
            max = parameter == null || parameter.isEmpty() ? 0 : Integer.parseInt(parameter.strip());
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        int limit = max == 0 ? MAX_RESULTS : Math.min(MAX_RESULTS, max);
        String query = request.getParameter("query");
        String start = query == null ? "" : query.toLowerCase(Locale.ROOT);
        List<Map<String, Object>> results = new ArrayList<>();
        for (String group : directory.groupNames()) {
            if ((limit < 0 || results.size() < limit) && group.toLowerCase(Locale.ROOT).startsWith(start.isBlank() ? "" : start)) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("name", group);
                result.put("type", "group");
                results.add(result);
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("result", results);
        answer.put("group", List.of());
        answer.put("totalSize", 0);
        response.setContentType("application/json;charset=UTF-8");
        JSON.writeValue(response.getWriter(), answer);
    }
}
