package io.mentoringspaces.sandbox;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;

/** A user of the sandbox's Confluence double: key {@code sandbox-<name>}, e-mail at example.com. */
public final class SandboxUser implements ConfluenceUser {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final String fullName;

    public SandboxUser(String name, String fullName) {
        this.name = name;
        this.fullName = fullName;
    }

    @Override
    public UserKey getKey() {
        return new UserKey("sandbox-" + name);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getFullName() {
        return fullName;
    }

    @Override
    public String getEmail() {
        return name + "@example.com";
    }

    @Override
    public String toString() {
        return name;
    }
}
