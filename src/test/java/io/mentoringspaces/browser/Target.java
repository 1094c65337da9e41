package io.mentoringspaces.browser;

import io.mentoringspaces.demo.ConfluenceDemo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;

/**
 * The Confluence the browser tests run against, from their configuration: the file that the system
 * property {@code browser.config} names (a sandbox writes one, {@code browser.properties}, into its
 * directory), then the system properties {@code browser.*}, which win. With no
 * {@code browser.base.url}, they start a sandbox of their own on a free port ({@link LocalTarget}).
 *
 * <ul>
 * <li>{@code browser.base.url}: Confluence's base URL, context path included;</li>
 * <li>{@code browser.password.<user>}: a user's password (the user name when not given);</li>
 * <li>{@code browser.spaces}: the demo's space keys; {@code browser.space.<KEY>.mentee} the mentee of
 * each, {@code .pages} the ids of all its pages, {@code .growth-plan}, {@code .meetings},
 * {@code .feedback-log} and {@code .latest-meeting} the ids of those pages;</li>
 * <li>{@code browser.axe.include}: CSS selectors of the parts axe-core checks, comma-separated (none:
 * the whole page; against a real Confluence, the app's own parts);</li>
 * <li>{@code browser.demo.create=true}: first write the demo into the Confluence through its REST API,
 * as {@code browser.admin.user} with {@code browser.admin.password} ({@link ConfluenceDemo}), which
 * gives the spaces and pages.</li>
 * </ul>
 */
final class Target implements AutoCloseable {

    private static final String PREFIX = "browser.";

    private final Properties configuration;
    private final AutoCloseable stop;

    private Target(Properties configuration, AutoCloseable stop) {
        this.configuration = configuration;
        this.stop = stop;
    }

    static Target open() throws Exception {
        Properties configuration = new Properties();
        String file = System.getProperty("browser.config", "");
        if (!file.isBlank()) {
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                configuration.load(in);
            }
        }
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith(PREFIX) && !System.getProperty(name).isBlank()) {
                configuration.setProperty(name, System.getProperty(name));
            }
        }
        if (value(configuration, "browser.base.url").isEmpty()) {
            LocalTarget local = ServiceLoader.load(LocalTarget.class).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No browser.base.url, and no Confluence to start"));
            LocalTarget.Started started = local.start();
            configuration.putAll(started.configuration());
            return new Target(configuration, started.stop());
        }
        if (Boolean.parseBoolean(value(configuration, "browser.demo.create"))) {
            configuration.putAll(ConfluenceDemo.create(value(configuration, "browser.base.url"),
                    required(configuration, "browser.admin.user"), required(configuration, "browser.admin.password")));
        }
        return new Target(configuration, () -> {
        });
    }

    private static String value(Properties configuration, String name) {
        return configuration.getProperty(name, "").strip();
    }

    private static String required(Properties configuration, String name) {
        String value = value(configuration, name);
        if (value.isEmpty()) {
            throw new IllegalStateException("The browser tests' configuration lacks " + name);
        }
        return value;
    }

    String baseUrl() {
        return required(configuration, "browser.base.url");
    }

    String password(String user) {
        String password = value(configuration, "browser.password." + user);
        return password.isEmpty() ? user : password;
    }

    List<String> spaces() {
        return List.of(required(configuration, "browser.spaces").split(","));
    }

    String mentee(String space) {
        return required(configuration, "browser.space." + space + ".mentee");
    }

    /** The id of a page of the space: growth-plan, meetings, feedback-log or latest-meeting. */
    long page(String space, String role) {
        return Long.parseLong(required(configuration, "browser.space." + space + "." + role));
    }

    List<Long> pages(String space) {
        return Arrays.stream(required(configuration, "browser.space." + space + ".pages").split(",")).map(Long::valueOf).toList();
    }

    List<String> axeInclude() {
        String include = value(configuration, "browser.axe.include");
        return include.isEmpty() ? List.of() : Arrays.stream(include.split(",")).map(String::strip).toList();
    }

    @Override
    public void close() throws IOException {
        try {
            stop.close();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
