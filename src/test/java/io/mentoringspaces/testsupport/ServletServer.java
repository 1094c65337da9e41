package io.mentoringspaces.testsupport;

import jakarta.servlet.http.HttpServlet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/**
 * The app's servlets in a real servlet container (Jetty) on a free loopback port, mapped under
 * {@code /confluence/plugins/servlet/...} as Confluence maps plugin servlets (context path
 * {@code /confluence}). The header {@code X-Test-User} names the logged-in user; redirects are not followed.
 */
public final class ServletServer implements AutoCloseable {

    public static final String CONTEXT_PATH = "/confluence";

    private final LoopbackJetty jetty;
    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** Serves each servlet at its path spec, e.g. {@code /plugins/servlet/mentoring/coordinator/*}. */
    public ServletServer(ConfluenceFixture confluence, Map<String, HttpServlet> servlets) throws Exception {
        ServletContextHandler context = new ServletContextHandler(CONTEXT_PATH);
        servlets.forEach((path, servlet) -> context.addServlet(new ServletHolder(servlet), path));
        jetty = new LoopbackJetty(confluence, context);
        base = URI.create(jetty.base());
    }

    /** A response: status, body, content type and the redirect target, if any. */
    public record Reply(int status, String body, String contentType, String location) {
    }

    /** The full URL of a path below the context path. */
    public String url(String path) {
        return base + CONTEXT_PATH + path;
    }

    public Reply get(String path, String user) throws Exception {
        return send("GET", path, user);
    }

    /** A request without a body. */
    public Reply send(String method, String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).method(method, HttpRequest.BodyPublishers.noBody());
        if (user != null) {
            request.header(RestServer.USER_HEADER, user);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Location").orElse(null));
    }

    @Override
    public void close() {
        jetty.stop();
    }
}
