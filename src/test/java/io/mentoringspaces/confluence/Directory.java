package io.mentoringspaces.confluence;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Confluence's user directory and global permissions. A user is licensed when they may use Confluence
 * ({@code USECONFLUENCE}, granted to the group {@code confluence-users} that every licensed user joins);
 * an unlicensed user exists but may not. {@code ADMINISTRATECONFLUENCE} makes a Confluence administrator,
 * who gets no space or page permission from it; members of {@code confluence-administrators} are
 * exempt from permission checks altogether. Anonymous users may use Confluence only when anonymous
 * access is on. Everybody's password is their user name: the test Confluence has no secrets.
 */
public final class Directory {

    /** The group whose members may use Confluence. */
    public static final String USERS_GROUP = "confluence-users";
    /** Confluence's super-user group: its members pass every permission check. */
    public static final String ADMINISTRATORS_GROUP = "confluence-administrators";

    static final String USE_CONFLUENCE = "USECONFLUENCE";
    static final String ADMINISTRATE_CONFLUENCE = "ADMINISTRATECONFLUENCE";
    static final String SYSTEM_ADMINISTRATOR = "SYSTEMADMINISTRATOR";

    private final Map<String, TestUser> users = new LinkedHashMap<>();
    private final Map<String, Set<String>> groups = new LinkedHashMap<>();
    private final Set<String> deactivated = new LinkedHashSet<>();
    /** Global permissions: type to the groups and users (by name) it is granted to. */
    private final Map<String, Set<String>> groupGrants = new LinkedHashMap<>();
    private final Map<String, Set<String>> userGrants = new LinkedHashMap<>();
    private boolean anonymousAccess;

    Directory() {
        grantToGroup(USE_CONFLUENCE, USERS_GROUP);
        grantToGroup(USE_CONFLUENCE, ADMINISTRATORS_GROUP);
        grantToGroup(ADMINISTRATE_CONFLUENCE, ADMINISTRATORS_GROUP);
        grantToGroup(SYSTEM_ADMINISTRATOR, ADMINISTRATORS_GROUP);
        groups.put(USERS_GROUP, new LinkedHashSet<>());
        groups.put(ADMINISTRATORS_GROUP, new LinkedHashSet<>());
    }

    synchronized TestUser add(String name, String fullName, boolean licensed) {
        if (users.containsKey(name)) {
            throw new IllegalArgumentException("There is a user " + name);
        }
        TestUser user = new TestUser(name, fullName);
        users.put(name, user);
        if (licensed) {
            addToGroup(USERS_GROUP, name);
        }
        return user;
    }

    synchronized void addToGroup(String group, String... names) {
        Set<String> members = groups.computeIfAbsent(group, g -> new LinkedHashSet<>());
        for (String name : names) {
            members.add(name);
        }
    }

    synchronized void grantToGroup(String type, String group) {
        groupGrants.computeIfAbsent(type, t -> new LinkedHashSet<>()).add(group);
    }

    synchronized void grantToUser(String type, String name) {
        userGrants.computeIfAbsent(type, t -> new LinkedHashSet<>()).add(name);
    }

    synchronized void deactivate(String name) {
        deactivated.add(name);
    }

    synchronized void anonymousAccess(boolean on) {
        anonymousAccess = on;
    }

    public synchronized TestUser user(String name) {
        return name == null ? null : users.get(name);
    }

    public synchronized TestUser user(UserKey key) {
        return key == null ? null : users.values().stream().filter(u -> u.getKey().equals(key)).findFirst().orElse(null);
    }

    public synchronized List<TestUser> users() {
        return List.copyOf(users.values());
    }

    /** Every group's name, sorted. */
    synchronized List<String> groupNames() {
        return groups.keySet().stream().sorted().toList();
    }

    synchronized boolean groupExists(String group) {
        return groups.containsKey(group);
    }

    /** The groups of a user, by name. */
    synchronized Set<String> groupsOf(User user) {
        Set<String> found = new LinkedHashSet<>();
        if (user != null) {
            groups.forEach((group, members) -> {
                if (members.contains(user.getName())) {
                    found.add(group);
                }
            });
        }
        return found;
    }

    synchronized boolean isMember(User user, String group) {
        return user != null && groups.getOrDefault(group, Set.of()).contains(user.getName());
    }

    synchronized List<String> members(String group) {
        return new ArrayList<>(groups.getOrDefault(group, Set.of()));
    }

    /** Whether the user passes every permission check: an active member of the super-user group. */
    synchronized boolean isExempt(User user) {
        return user != null && !deactivated.contains(user.getName()) && isMember(user, ADMINISTRATORS_GROUP);
    }

    /** Whether the user (null: anonymous) may use Confluence at all; checked before every permission. */
    synchronized boolean canUseConfluence(User user) {
        if (user == null) {
            return anonymousAccess;
        }
        return users.containsKey(user.getName()) && !deactivated.contains(user.getName())
                && hasGlobalPermission(user, USE_CONFLUENCE);
    }

    /** A global permission granted to the user or one of their groups (never to anonymous users, but USECONFLUENCE). */
    synchronized boolean hasGlobalPermission(User user, String type) {
        if (user == null) {
            return USE_CONFLUENCE.equals(type) && anonymousAccess;
        }
        if (userGrants.getOrDefault(type, Set.of()).contains(user.getName())) {
            return true;
        }
        for (String group : groupGrants.getOrDefault(type, Set.of())) {
            if (isMember(user, group)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the login form's name and password are an active user's: the password is the user name. */
    synchronized boolean authenticate(String name, String password) {
        return name != null && users.containsKey(name) && !deactivated.contains(name) && name.equals(password);
    }

    /** The user as Confluence knows them: the same object for the same name. */
    synchronized ConfluenceUser known(User user) {
        return user == null ? null : users.get(user.getName());
    }
}
