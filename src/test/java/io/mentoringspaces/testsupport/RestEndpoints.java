package io.mentoringspaces.testsupport;

import io.mentoringspaces.confluence.RestHost;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every endpoint of the app's REST module, found as Confluence finds its resources. */
public final class RestEndpoints {

    /** One endpoint: its HTTP method, its path template below the module's path and the Java method that answers it. */
    public record Endpoint(String httpMethod, String path, Method method) {

        /** "METHOD /path/{template}". */
        public String name() {
            return httpMethod + " " + path;
        }
    }

    private RestEndpoints() {
    }

    /** The endpoints, by path and then method. */
    public static List<Endpoint> all() throws Exception {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> type : RestHost.moduleClasses(SourceFiles.descriptor().document())) {
            Path base = type.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String http = method.isAnnotationPresent(GET.class) ? "GET" : method.isAnnotationPresent(POST.class) ? "POST"
                        : method.isAnnotationPresent(PUT.class) ? "PUT" : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                if (http != null) {
                    Path sub = method.getAnnotation(Path.class);
                    String path = (base.value() + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/");
                    endpoints.add(new Endpoint(http, path, method));
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::httpMethod));
        return endpoints;
    }
}
