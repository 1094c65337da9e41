package io.mentoringspaces.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mentoringspaces.testsupport.SourceFiles;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.ServerSocketChannel;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * Confluence's web server for the app: a real servlet container (Jetty) on a loopback port with
 * Confluence's context path {@code /confluence}, serving servlets at their path specs (plugin servlets
 * under {@code /plugins/servlet/...}) and a REST module in a real JAX-RS container (Jersey, hosted as
 * {@link RestHost} says) under the descriptor's REST path. Each request is made by the user the header
 * {@code X-Test-User} names (none, or empty: anonymous), logged in for the request and out after it, as
 * Confluence's authentication filter does. The client does not follow redirects.
 *
 * <p>With a {@link SiteUi}, it is Confluence for people too: its pages, its login (a request without
 * the header is made by the user its session signed in), the decoration of plugin servlets and the
 * web resources and files those pages load; the server's root leads to the context path.
 *
 * <p>Set up the content before the requests: the requests run on the server's threads and only read it.
 */
public final class WebServer implements AutoCloseable {

    public static final String CONTEXT_PATH = "/confluence";
    public static final String USER_HEADER = "X-Test-User";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Server server = new Server();
    private final ServerConnector connector = new ServerConnector(server);
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String restPath;

    /**
     * Serves {@code servlets} by path spec and, unless null, the REST application {@code rest} at the
     * descriptor's REST path; {@code login} logs the named user in (null: out) on the request's thread.
     */
    public WebServer(Consumer<String> login, Map<String, HttpServlet> servlets, ResourceConfig rest) throws Exception {
        this(0, login, servlets, rest, null);
    }

    /** The same on {@code port} (0: a free one), with Confluence's pages for people when {@code site} is not null. */
    WebServer(int port, Consumer<String> login, Map<String, HttpServlet> servlets, ResourceConfig rest, SiteUi site)
            throws Exception {
        restPath = RestHost.path(SourceFiles.descriptor().document());
        ServletContextHandler context = new ServletContextHandler(CONTEXT_PATH,
                site == null ? ServletContextHandler.NO_SESSIONS : ServletContextHandler.SESSIONS);
        Filter authentication = (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            String user = http.getHeader(USER_HEADER);
            login.accept(user == null ? site == null ? null : site.signedIn(http) : user.isEmpty() ? null : user);
            try {
                if (site != null) {
                    site.beginRequest();
                }
                chain.doFilter(request, response);
                swallowUnreadBody(http);
            } finally {
                login.accept(null);
                if (site != null) {
                    site.endRequest();
                }
            }
        };
        context.addFilter(new FilterHolder(authentication), "/*", EnumSet.of(DispatcherType.REQUEST));
        if (site != null) {
            site.install(context);
        }
        servlets.forEach((path, servlet) -> context.addServlet(new ServletHolder(servlet), path));
        if (rest != null) {
            context.addServlet(new ServletHolder(new ServletContainer(rest)), restPath + "/*");
        }
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(site == null ? context : new ContextHandlerCollection(context, rootLeadsToContextPath()));
        try {
            server.start();
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    /**
     * Reads what the application left unread of the request's body, as Confluence's Tomcat swallows it
     * (up to its {@code maxSwallowSize}) so that the connection stays open for the client's next request.
     * Jetty instead closes a connection whose body was not read once the response is sent, without
     * saying so in the response: a client that reuses the connection meanwhile (as the tests' HTTP client
     * does after a refusal sent before the body arrived) would get no reply at all.
     */
    private static void swallowUnreadBody(HttpServletRequest request) throws IOException {
        try {
            request.getInputStream().transferTo(OutputStream.nullOutputStream());
        } catch (IllegalStateException readThroughItsReader) {
            request.getReader().transferTo(Writer.nullWriter());
        }
    }

    /** The server's root: every request outside the context path is sent to Confluence's home. */
    private static ServletContextHandler rootLeadsToContextPath() {
        ServletContextHandler root = new ServletContextHandler("/");
        root.addServlet(new ServletHolder(new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.sendRedirect(CONTEXT_PATH + "/");
            }
        }), "/");
        return root;
    }

    /** Scheme, host and port the server is reached at, as a browser's {@code Origin} names them. */
    public String origin() {
        return "http://127.0.0.1:" + connector.getLocalPort();
    }

    /** Confluence's base URL on this server: its origin and the context path. */
    public String baseUrl() {
        return origin() + CONTEXT_PATH;
    }

    /** The address the server listens on. */
    public InetSocketAddress boundAddress() throws IOException {
        return (InetSocketAddress) ((ServerSocketChannel) connector.getTransport()).getLocalAddress();
    }

    /** Waits until the server stops (a server that runs until the process ends). */
    public void join() throws InterruptedException {
        server.join();
    }

    /** Requests to paths below the REST module's path, e.g. {@code /pages/100/goals}. */
    public Requests rest() {
        return new Requests(CONTEXT_PATH + restPath);
    }

    /** Requests to paths below the context path, e.g. {@code /plugins/servlet/mentoring/coordinator}. */
    public Requests site() {
        return new Requests(CONTEXT_PATH);
    }

    /** A response: status, body, content type, the redirect target and the content disposition, if any. */
    public record Reply(int status, String body, String contentType, String location, String disposition) {

        /** The body parsed as JSON. */
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    /** Requests to the paths below one prefix, each made by a named user or anonymously (null). */
    public final class Requests {

        private final String prefix;

        private Requests(String prefix) {
            this.prefix = prefix;
        }

        /** The full URL of a path below the prefix. */
        public String url(String path) {
            return origin() + prefix + path;
        }

        public String origin() {
            return WebServer.this.origin();
        }

        public Reply get(String path, String user) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(url(path))).GET(), user);
        }

        /** A request with a JSON body ({@code null}: no body and no content type). */
        public Reply send(String method, String path, String user, String json) throws Exception {
            return send(method, path, user, json, json == null ? Map.of() : Map.of("Content-Type", "application/json"));
        }

        /** A request with {@code body} (or none) and exactly the given headers besides the user's. */
        public Reply send(String method, String path, String user, String body, Map<String, String> headers) throws Exception {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body);
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url(path))).method(method, publisher);
            headers.forEach(builder::header);
            return send(builder, user);
        }

        private Reply send(HttpRequest.Builder request, String user) throws Exception {
            if (user != null) {
                request.header(USER_HEADER, user);
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("Content-Disposition").orElse(null));
        }
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop the web server", e);
        }
    }
}
