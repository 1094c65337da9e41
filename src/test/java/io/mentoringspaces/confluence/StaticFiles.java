package io.mentoringspaces.confluence;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Files of the test Confluence's pages under {@code /static/}: AUI's CSS, JavaScript, fonts and images
 * from the npm package {@code @atlassian/aui} ({@code aui/...}), jQuery ({@code jquery/...}) from
 * {@code node_modules}, and its own style sheet and host script from the class path.
 */
final class StaticFiles extends HttpServlet {

    static final String PATH = "/static";
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of("js", "application/javascript", "css", "text/css", "png",
            "image/png", "svg", "image/svg+xml", "woff", "font/woff", "ttf", "font/ttf", "eot", "application/vnd.ms-fontobject",
            "map", "application/json");

    /** Its own files, on the class path under {@code confluence/site/}. */
    private static final Set<String> OWN = Set.of("site.css", "site.js");

    private final transient Map<String, Path> roots;

    StaticFiles(Path nodeModules) {
        roots = Map.of("aui/", nodeModules.resolve("@atlassian/aui/dist/aui"), "jquery/", nodeModules.resolve("jquery/dist"));
    }

    static String contentType(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (path.contains("..")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = null;
        if (OWN.contains(path)) {
            try (InputStream in = StaticFiles.class.getResourceAsStream("/confluence/site/" + path)) {
                content = in.readAllBytes();
            }
        } else {
            for (Map.Entry<String, Path> root : roots.entrySet()) {
                if (path.startsWith(root.getKey())) {
                    Path file = root.getValue().resolve(path.substring(root.getKey().length())).normalize();
                    if (file.startsWith(root.getValue()) && Files.isRegularFile(file)) {
                        content = Files.readAllBytes(file);
                    }
                }
            }
        }
        if (content == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(contentType(path));
        response.setHeader("Cache-Control", "max-age=3600");
        response.getOutputStream().write(content);
    }
}
