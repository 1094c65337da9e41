package io.mentoringspaces.sandbox;

import io.mentoringspaces.browser.LocalTarget;
import java.nio.file.Path;

/** The browser tests' own Confluence when their configuration names none: a sandbox on a free port, with a fresh demo. */
public final class SandboxTarget implements LocalTarget {

    @Override
    public Started start() throws Exception {
        Path directory = Path.of("target", "sandbox-browser-it");
        Sandbox.deleteTree(directory);
        Sandbox sandbox = Sandbox.start(0, directory, Path.of("node_modules"));
        return new Started(sandbox.browserConfiguration(), sandbox);
    }
}
