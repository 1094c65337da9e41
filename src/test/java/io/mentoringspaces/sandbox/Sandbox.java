package io.mentoringspaces.sandbox;

import com.atlassian.confluence.labels.Label;
import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.confluence.Site;
import io.mentoringspaces.confluence.WebServer;
import io.mentoringspaces.demo.DemoData;
import io.mentoringspaces.demo.RestClient;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * See the app without Confluence: the project's test Confluence ({@link ConfluenceDouble}) with the
 * app started in it, its pages for people on 127.0.0.1 ({@link ConfluenceDouble#serveSite}), AUI from
 * {@code node_modules}, its content in a JSON file and the app's data in a HSQLDB file, both in the
 * sandbox's directory. The first start writes the demo ({@link DemoData}); later starts go on with
 * what is there. Each start also writes {@code browser.properties} there: the configuration that
 * points the browser tests at this sandbox. {@code mvn -Psandbox} runs {@link #main}.
 */
public final class Sandbox implements AutoCloseable {

    /** Who is signed in on a first visit, before anybody logs in or switches user. */
    static final String FIRST_USER = "mia";
    static final String NAME = "Mentoring Spaces sandbox";
    private static final Label MEETING = new Label("mentoring-meeting");

    private final ConfluenceDouble confluence;
    private final SandboxDatabase database;
    private final WebServer web;
    private boolean closed;

    private Sandbox(ConfluenceDouble confluence, SandboxDatabase database, WebServer web) {
        this.confluence = confluence;
        this.database = database;
        this.web = web;
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
        sandbox.web.join();
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
        SandboxClock clock = new SandboxClock(ZoneId.systemDefault());
        AtomicReference<WebServer> web = new AtomicReference<>();
        ConfluenceDouble confluence = new ConfluenceDouble(clock, () -> web.get().baseUrl());
        TestConfluenceWriter writer = new TestConfluenceWriter(confluence, clock);
        DemoData.people(writer);
        Path contentFile = directory.resolve("confluence.json");
        boolean existing = confluence.keepContentIn(contentFile);
        if (!existing) {
            deleteTree(directory.resolve("db"));
        }
        SandboxDatabase database = new SandboxDatabase(directory.resolve("db"));
        try {
            confluence.startApp(database.activeObjects());
            web.set(confluence.serveSite(new Site(port, nodeModules, NAME, FIRST_USER, DemoData.ROLES)));
            if (!existing) {
                writeDemo(confluence, writer, clock, web.get());
            }
        } catch (Exception | Error e) {
            if (web.get() != null) {
                web.get().close();
            }
            confluence.close();
            database.close();
            if (!existing) {
                Files.deleteIfExists(contentFile);
            }
            throw e;
        }
        Sandbox sandbox = new Sandbox(confluence, database, web.get());
        sandbox.writeBrowserConfiguration(directory.resolve("browser.properties"));
        return sandbox;
    }

    private static void writeDemo(ConfluenceDouble confluence, TestConfluenceWriter writer, SandboxClock clock, WebServer web)
            throws IOException, InterruptedException {
        RestClient rest = new RestClient(web.baseUrl(), (request, user) -> request.header(WebServer.USER_HEADER, user));
        try {
            DemoData.write(writer, rest, LocalDate.now(clock));
        } finally {
            clock.release();
        }
        confluence.saveContent();
    }

    /** The configuration of the browser tests that points them at this sandbox. */
    public Properties browserConfiguration() {
        return DemoData.browserConfiguration(web.baseUrl(), space -> confluence.content().pages(space, true).stream()
                .map(page -> new DemoData.PageSummary(page.getId(), page.getTitle(), page.getLabels().contains(MEETING)))
                .toList());
    }

    private void writeBrowserConfiguration(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            browserConfiguration().store(out, "The browser tests against this sandbox: mvn verify -Dbrowser.config=" + file);
        }
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

    /** Where people open it, e.g. {@code http://127.0.0.1:8090/confluence/}. */
    public String url() {
        return web.baseUrl() + "/";
    }

    /** Its test Confluence: spaces, pages, users. */
    ConfluenceDouble confluence() {
        return confluence;
    }

    /** Its web server, for requests made as a named user. */
    WebServer web() {
        return web;
    }

    /** The socket address it listens on. */
    InetSocketAddress boundAddress() throws IOException {
        return web.boundAddress();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            web.close();
        } finally {
            confluence.close();
            database.close();
        }
    }
}
