package io.mentoringspaces.sandbox;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.mentoringspaces.confluence.PluginContainer;
import io.mentoringspaces.confluence.RestHost;
import io.mentoringspaces.testsupport.SourceFiles;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Properties;
import java.util.stream.Stream;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.w3c.dom.Document;

/**
 * See the app without Confluence: its real classes (Spring beans, macros, servlets, REST resources
 * hosted by {@link RestHost}, context providers, listeners, templates, scripts and styles) in an
 * embedded Jetty on 127.0.0.1,
 * around a small stand-in for Confluence ({@link SandboxConfluence}, {@link SandboxHost}), with AUI
 * from {@code node_modules} and its data in a HSQLDB file. The first start writes the demo
 * ({@link DemoData}); later starts go on with what is there. {@code mvn -Psandbox} runs {@link #main}.
 */
public final class Sandbox implements AutoCloseable {

    /** Who is signed in on a first visit, before anybody switches user. */
    static final String FIRST_USER = "mia";

    private final Server server;
    private final ServerConnector connector;
    private final SandboxDatabase database;
    private final PluginContainer plugin;
    private final SandboxConfluence confluence;
    private boolean closed;

    private Sandbox(Server server, ServerConnector connector, SandboxDatabase database, PluginContainer plugin,
            SandboxConfluence confluence) {
        this.server = server;
        this.connector = connector;
        this.database = database;
        this.plugin = plugin;
        this.confluence = confluence;
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        int port = Integer.getInteger("sandbox.port", 8090);
        Path directory = Path.of(System.getProperty("sandbox.dir", "target/sandbox"));
        Path nodeModules = Path.of(System.getProperty("sandbox.node.modules", "node_modules"));
        Sandbox sandbox = start(port, directory, nodeModules);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            System.out.println("Mentoring Spaces sandbox stopped.");
        }, "sandbox-shutdown"));
        System.out.printf("Mentoring Spaces sandbox: %s (started in %.1f s; data in %s; Ctrl-C stops it)%n", sandbox.url(),
                (System.nanoTime() - started) / 1e9, directory.toAbsolutePath());
        sandbox.server.join();
    }

    /**
     * Starts the sandbox on 127.0.0.1 at {@code port} (0: a free one), with its data in {@code directory}
     * (written with the demo when it holds none) and AUI from {@code nodeModules}.
     */
    public static Sandbox start(int port, Path directory, Path nodeModules) throws Exception {
        if (!Files.isDirectory(nodeModules.resolve("@atlassian/aui/dist/aui"))) {
            throw new IllegalStateException("AUI is not in " + nodeModules.toAbsolutePath() + ": run npm ci first");
        }
        Files.createDirectories(directory);
        SandboxConfluence confluence = new SandboxConfluence(directory.resolve("confluence.json"));
        DemoData.directory(confluence);
        boolean existing = confluence.load();
        if (!existing) {
            deleteTree(directory.resolve("db"));
        }
        SandboxDatabase database = new SandboxDatabase(directory.resolve("db"));

        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);

        Properties bundle = SourceFiles.i18n();
        Document descriptor = SourceFiles.descriptor().document();
        SandboxWebResources webResources = new SandboxWebResources(descriptor, bundle);
        SandboxEvents events = new SandboxEvents();
        SandboxClock clock = new SandboxClock(ZoneId.systemDefault());
        SandboxHost host = new SandboxHost(confluence, database.activeObjects(), events, webResources, bundle,
                () -> "http://127.0.0.1:" + connector.getLocalPort());
        PluginContainer plugin = new PluginContainer(descriptor, host::get, clock);
        I18nResolver i18n = host.get(I18nResolver.class);
        SandboxBlueprints blueprints = new SandboxBlueprints(plugin, confluence, events, i18n, clock);
        if (!existing) {
            try {
                confluence.batch(() -> new DemoData(confluence, blueprints, clock, plugin, i18n).create());
            } catch (RuntimeException e) {
                Files.deleteIfExists(directory.resolve("confluence.json"));
                throw e;
            }
        }

        SandboxLayout layout = new SandboxLayout(confluence, plugin, webResources, host.get(TemplateRenderer.class), i18n,
                DemoData.ROLES);
        ServletContextHandler context = new ServletContextHandler("/");
        Filter signIn = (request, response, chain) -> {
            webResources.beginRequest();
            AuthenticatedUserThreadLocal.set(confluence.user(signedIn((HttpServletRequest) request)));
            try {
                chain.doFilter(request, response);
            } finally {
                AuthenticatedUserThreadLocal.reset();
            }
        };
        context.addFilter(new FilterHolder(signIn), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new SandboxDecorator(layout)), "/plugins/servlet/*",
                EnumSet.of(DispatcherType.REQUEST));
        ResourceConfig rest = RestHost.module(descriptor, plugin.beans());
        context.addServlet(new ServletHolder(new ServletContainer(rest)), RestHost.path(descriptor) + "/*");
        plugin.servlets().forEach((path, servlet) -> context.addServlet(new ServletHolder(servlet), path));
        context.addServlet(new ServletHolder(webResources.servlet()), SandboxWebResources.PATH + "/*");
        context.addServlet(new ServletHolder(new SandboxStatic(nodeModules)), SandboxStatic.PATH + "/*");
        context.addServlet(new ServletHolder(new SandboxPages(confluence, plugin, blueprints, layout, host, DemoData.ROLES)), "/");
        server.setHandler(context);
        server.setStopAtShutdown(false);
        Sandbox sandbox = new Sandbox(server, connector, database, plugin, confluence);
        try {
            server.start();
        } catch (Exception e) {
            sandbox.close();
            throw e;
        }
        return sandbox;
    }

    /** The user the request's cookie names; the first user when there is no cookie; nobody for an empty one. */
    private static String signedIn(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (cookie.getName().equals(SandboxPages.USER_COOKIE)) {
                    return cookie.getValue();
                }
            }
        }
        return FIRST_USER;
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where it listens, e.g. {@code http://127.0.0.1:8090/}. */
    public String url() {
        return "http://127.0.0.1:" + connector.getLocalPort() + "/";
    }

    /** Its Confluence double: spaces, pages, users. */
    SandboxConfluence confluence() {
        return confluence;
    }

    /** The socket address it listens on. */
    InetSocketAddress boundAddress() throws IOException {
        return (InetSocketAddress) ((ServerSocketChannel) connector.getTransport()).getLocalAddress();
    }

    /** The address it is bound to. */
    public String host() {
        return connector.getHost();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop the sandbox", e);
        } finally {
            plugin.close();
            database.close();
        }
    }
}
