package io.mentoringspaces.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * The app's REST module in a real JAX-RS container (Jersey) behind a real servlet container (Jetty)
 * on a free loopback port, under {@code /rest/mentoring/1.0}, hosted as {@link RestHost} describes:
 * resources created by class with the given beans injected, REST v1's JSON, REST's XSRF checks. The
 * header {@code X-Test-User} names the logged-in user of a request; without it the request is anonymous.
 */
public final class RestServer implements AutoCloseable {

    public static final String USER_HEADER = "X-Test-User";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LoopbackJetty jetty;
    private final URI base;
    private final HttpClient client = HttpClient.newHttpClient();

    /** Serves the resources of the descriptor's REST module, with {@code beans} to inject. */
    public RestServer(ConfluenceFixture confluence, Object... beans) throws Exception {
        this(confluence, RestHost.moduleClasses(SourceFiles.descriptor().document()), List.of(beans));
    }

    private RestServer(ConfluenceFixture confluence, List<Class<?>> classes, List<Object> beans) throws Exception {
        ServletContextHandler context = new ServletContextHandler("/");
        context.addServlet(new ServletHolder(new ServletContainer(RestHost.application(classes, beans))),
                "/rest/mentoring/1.0/*");
        jetty = new LoopbackJetty(confluence, context);
        base = URI.create(jetty.base() + "/rest/mentoring/1.0");
    }

    /** Serves {@code classes} instead of the app's module, with {@code beans} to inject. */
    public static RestServer serving(ConfluenceFixture confluence, List<Class<?>> classes, Object... beans) throws Exception {
        return new RestServer(confluence, classes, List.of(beans));
    }

    /** Scheme, host and port the server is reached at, as a browser's {@code Origin} names them. */
    public String origin() {
        return jetty.base();
    }

    /** A response: status and body, the body parsed as JSON when it is JSON. */
    public record Reply(int status, String body, String contentType) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    public Reply get(String path, String user) throws Exception {
        return send(HttpRequest.newBuilder(base.resolve(base.getPath() + path)).GET(), user);
    }

    /** A request with a JSON body ({@code null}: no body and no content type). */
    public Reply send(String method, String path, String user, String json) throws Exception {
        return send(method, path, user, json, json == null ? Map.of() : Map.of("Content-Type", "application/json"));
    }

    /** A request with {@code body} (or none) and exactly the given headers besides the user's. */
    public Reply send(String method, String path, String user, String body, Map<String, String> headers) throws Exception {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(base.getPath() + path)).method(method, publisher);
        headers.forEach(builder::header);
        return send(builder, user);
    }

    private Reply send(HttpRequest.Builder request, String user) throws Exception {
        if (user != null) {
            request.header(USER_HEADER, user);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(),
                response.headers().firstValue("Content-Type").orElse(""));
    }

    @Override
    public void close() {
        jetty.stop();
    }
}
