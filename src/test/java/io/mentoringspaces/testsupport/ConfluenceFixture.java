package io.mentoringspaces.testsupport;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.user.User;
import io.mentoringspaces.confluence.TestUser;
import java.io.IOException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Confluence around the app in tests: users, groups, spaces, pages and permissions held in
 * memory, served through Mockito doubles of the host services the app declares. Space permissions
 * are granted per user; a page has its space's permissions; Confluence administrators have no
 * content permission unless granted, as in Confluence.
 */
public final class ConfluenceFixture {

    private final Map<String, TestUser> users = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> groups = new ConcurrentHashMap<>();
    private final Map<String, Space> spaces = new ConcurrentHashMap<>();
    private final Map<Long, Page> pages = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Set<Permission>>> grants = new ConcurrentHashMap<>();
    private final Set<String> anonymousViewSpaces = ConcurrentHashMap.newKeySet();
    private final Set<String> admins = ConcurrentHashMap.newKeySet();

    private final PermissionManager permissionManager = mock(PermissionManager.class);
    private final SpaceManager spaceManager = mock(SpaceManager.class);
    private final PageManager pageManager = mock(PageManager.class);
    private final UserManager userManager = mock(UserManager.class);
    private final I18nResolver i18n = mock(I18nResolver.class);

    public ConfluenceFixture() {
        when(permissionManager.hasPermission(any(), any(Permission.class), any(Object.class)))
                .thenAnswer(call -> allows(call.getArgument(0), call.getArgument(1), call.getArgument(2)));
        when(permissionManager.isConfluenceAdministrator(any())).thenAnswer(call -> {
            User user = call.getArgument(0);
            return user != null && admins.contains(user.getName());
        });
        when(spaceManager.getSpace(anyString())).thenAnswer(call -> spaces.get(call.<String>getArgument(0)));
        when(pageManager.getPage(anyLong())).thenAnswer(call -> pages.get(call.<Long>getArgument(0)));
        when(pageManager.getAbstractPage(anyLong())).thenAnswer(call -> pages.get(call.<Long>getArgument(0)));
        when(userManager.getRemoteUserKey()).thenAnswer(call -> {
            ConfluenceUser user = AuthenticatedUserThreadLocal.get();
            return user == null ? null : user.getKey();
        });
        when(userManager.getUserProfile(any(UserKey.class))).thenAnswer(call -> profile(byKey(call.getArgument(0))));
        when(userManager.getUserProfile(anyString())).thenAnswer(call -> profile(users.get(call.<String>getArgument(0))));
        when(userManager.isUserInGroup(any(), any())).thenAnswer(call -> {
            TestUser user = byKey(call.getArgument(0));
            Set<String> members = groups.get(call.<String>getArgument(1));
            return user != null && members != null && members.contains(user.getName());
        });
        when(userManager.isAdmin(any())).thenAnswer(call -> isAdmin(byKey(call.getArgument(0))));
        when(userManager.isSystemAdmin(any())).thenAnswer(call -> isAdmin(byKey(call.getArgument(0))));
        Properties bundle = bundle();
        when(i18n.getText(anyString())).thenAnswer(call -> text(bundle, call.getArgument(0), new Object[0]));
        when(i18n.getText(anyString(), any(Serializable[].class))).thenAnswer(call -> {
            Object[] all = call.getArguments();
            return text(bundle, (String) all[0], Arrays.copyOfRange(all, 1, all.length));
        });
    }

    private static Properties bundle() {
        try {
            return SourceFiles.i18n();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Properties bundle, String key, Object[] arguments) {
        String pattern = bundle.getProperty(key);
        if (pattern == null) {
            return key;
        }
        Object[] flat = arguments.length == 1 && arguments[0] instanceof Object[] nested ? nested : arguments;
        return flat.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(flat);
    }

    private boolean isAdmin(TestUser user) {
        return user != null && admins.contains(user.getName());
    }

    private TestUser byKey(UserKey key) {
        if (key == null) {
            return null;
        }
        return users.values().stream().filter(u -> u.getKey().equals(key)).findFirst().orElse(null);
    }

    private static UserProfile profile(TestUser user) {
        if (user == null) {
            return null;
        }
        UserProfile profile = mock(UserProfile.class);
        when(profile.getUserKey()).thenReturn(user.getKey());
        when(profile.getUsername()).thenReturn(user.getName());
        when(profile.getFullName()).thenReturn(user.getFullName());
        return profile;
    }

    private boolean allows(User user, Permission permission, Object target) {
        if (target == PermissionManager.TARGET_APPLICATION) {
            // VIEW on the application is Confluence's "can use", which every user of the fixture has.
            return user != null && (permission == Permission.VIEW || admins.contains(user.getName()));
        }
        String spaceKey = target instanceof Space space ? space.getKey()
                : target instanceof AbstractPage page ? page.getSpaceKey() : null;
        if (spaceKey == null) {
            return false;
        }
        if (user == null) {
            return permission == Permission.VIEW && anonymousViewSpaces.contains(spaceKey);
        }
        Set<Permission> granted = grants.getOrDefault(spaceKey, Map.of()).getOrDefault(user.getName(), Set.of());
        return granted.contains(permission);
    }

    public TestUser user(String name, String fullName) {
        TestUser user = new TestUser(name, fullName);
        users.put(name, user);
        return user;
    }

    public TestUser user(String name) {
        return users.get(name);
    }

    public void group(String group, String... members) {
        groups.computeIfAbsent(group, g -> ConcurrentHashMap.newKeySet()).addAll(Arrays.asList(members));
    }

    public void admin(String name) {
        admins.add(name);
    }

    public Space space(String key, String name) {
        Space space = new Space(key);
        space.setName(name);
        spaces.put(key, space);
        return space;
    }

    public Page page(long id, String spaceKey, String title, String body) {
        Page page = new Page();
        page.setId(id);
        page.setTitle(title);
        page.setBodyAsString(body);
        page.setSpace(spaces.get(spaceKey));
        pages.put(id, page);
        return page;
    }

    /** Viewers get VIEW, editors VIEW and EDIT, space admins all three. */
    public void grant(String spaceKey, String userName, Permission... permissions) {
        grants.computeIfAbsent(spaceKey, k -> new HashMap<>())
                .computeIfAbsent(userName, u -> new HashSet<>()).addAll(Arrays.asList(permissions));
    }

    public void viewer(String spaceKey, String userName) {
        grant(spaceKey, userName, Permission.VIEW);
    }

    public void editor(String spaceKey, String userName) {
        grant(spaceKey, userName, Permission.VIEW, Permission.EDIT);
    }

    public void spaceAdmin(String spaceKey, String userName) {
        grant(spaceKey, userName, Permission.VIEW, Permission.EDIT, Permission.ADMINISTER);
    }

    public void anonymousView(String spaceKey) {
        anonymousViewSpaces.add(spaceKey);
    }

    /** Makes the named user (or nobody, for null) the user of the current thread's request. */
    public void loginAs(String userName) {
        if (userName == null) {
            AuthenticatedUserThreadLocal.reset();
        } else {
            AuthenticatedUserThreadLocal.set(users.get(userName));
        }
    }

    public PermissionManager permissionManager() {
        return permissionManager;
    }

    public SpaceManager spaceManager() {
        return spaceManager;
    }

    public PageManager pageManager() {
        return pageManager;
    }

    public UserManager userManager() {
        return userManager;
    }

    public I18nResolver i18n() {
        return i18n;
    }

    /** A content entity for a conversion context. */
    public ContentEntityObject content(long pageId) {
        return pages.get(pageId);
    }
}
