package io.mentoringspaces.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * The app's REST resources in a real JAX-RS container (Jersey) behind a real servlet container
 * (Jetty) on a free loopback port, under {@code /rest/mentoring/1.0}. The header {@code X-Test-User}
 * names the logged-in user of a request; without it the request is anonymous.
 */
public final class RestServer implements AutoCloseable {

    public static final String USER_HEADER = "X-Test-User";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LoopbackJetty jetty;
    private final URI base;
    private final HttpClient client = HttpClient.newHttpClient();

    public RestServer(ConfluenceFixture confluence, Object... resources) throws Exception {
        ResourceConfig config = new ResourceConfig().register(JacksonFeature.class);
        for (Object resource : resources) {
            config.register(resource);
        }
        ServletContextHandler context = new ServletContextHandler("/");
        context.addServlet(new ServletHolder(new ServletContainer(config)), "/rest/mentoring/1.0/*");
        jetty = new LoopbackJetty(confluence, context);
        base = URI.create(jetty.base() + "/rest/mentoring/1.0");
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

    public Reply send(String method, String path, String user, String json) throws Exception {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json);
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(base.getPath() + path)).method(method, body);
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
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
