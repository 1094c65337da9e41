package io.mentoringspaces.testsupport;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The app's servlets in a real servlet container (Jetty) on a free loopback port, mapped under
 * {@code /confluence/plugins/servlet/...} as Confluence maps plugin servlets (context path
 * {@code /confluence}). The header {@code X-Test-User} names the logged-in user; redirects are not followed.
 */
public final class ServletServer implements AutoCloseable {

    public static final String CONTEXT_PATH = "/confluence";

    private final Server server;
    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** Serves each servlet at its path spec, e.g. {@code /plugins/servlet/mentoring/coordinator/*}. */
    public ServletServer(ConfluenceFixture confluence, Map<String, HttpServlet> servlets) throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(CONTEXT_PATH);
        Filter login = (request, response, chain) -> {
            confluence.loginAs(((HttpServletRequest) request).getHeader(RestServer.USER_HEADER));
            try {
                chain.doFilter(request, response);
            } finally {
                confluence.loginAs(null);
            }
        };
        context.addFilter(new FilterHolder(login), "/*", EnumSet.of(DispatcherType.REQUEST));
        servlets.forEach((path, servlet) -> context.addServlet(new ServletHolder(servlet), path));
        server.setHandler(context);
        server.start();
        base = URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    /** A response: status, body, content type and the redirect target, if any. */
    public record Reply(int status, String body, String contentType, String location) {
    }

    /** The full URL of a path below the context path. */
    public String url(String path) {
        return base + CONTEXT_PATH + path;
    }

    public Reply get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (user != null) {
            request.header(RestServer.USER_HEADER, user);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Location").orElse(null));
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop the test server", e);
        }
    }
}
