package io.mentoringspaces.confluence;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import java.util.Locale;

/**
 * A Confluence user in tests: key {@code key-<name>}; the full name may change, the key and name do not.
 * Like a user's profile in Confluence, it may name a language (null: none, the site's language applies).
 */
public final class TestUser implements ConfluenceUser {

    private static final long serialVersionUID = 1L;

    private final String name;
    private volatile String fullName;
    private volatile Locale language;

    public TestUser(String name, String fullName) {
        this.name = name;
        this.fullName = fullName;
    }

    @Override
    public UserKey getKey() {
        return new UserKey("key-" + name);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getFullName() {
        return fullName;
    }

    void setFullName(String fullName) {
        this.fullName = fullName;
    }

    /** The language of the user's profile, or null when the user chose none. */
    Locale language() {
        return language;
    }

    void setLanguage(Locale language) {
        this.language = language;
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
