package io.mentoringspaces.service;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserManager;
import io.mentoringspaces.model.Programme;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may see and change what, asked of Confluence: space and page permissions, administrators and
 * programme coordinators (members of the programme's coordinator group). A null user is anonymous.
 */
public class AccessService {

    private final PermissionManager permissionManager;
    private final SpaceManager spaceManager;
    private final PageManager pageManager;
    private final UserManager userManager;

    public AccessService(PermissionManager permissionManager, SpaceManager spaceManager, PageManager pageManager,
            UserManager userManager) {
        this.permissionManager = permissionManager;
        this.spaceManager = spaceManager;
        this.pageManager = pageManager;
        this.userManager = userManager;
    }

    /** The user of the current request, or null when anonymous. */
    public ConfluenceUser currentUser() {
        return AuthenticatedUserThreadLocal.get();
    }

    /**
     * Whether the logged-in user may use Confluence at all: Confluence's global "can use" permission
     * (VIEW on the application), which licensed users hold. REST v2's {@code @LicensedOnly} lets only
     * such users through; the app refuses everybody else wherever it answers a logged-in user.
     */
    public boolean mayUseConfluence(ConfluenceUser user) {
        return user != null && permissionManager.hasPermission(user, Permission.VIEW, PermissionManager.TARGET_APPLICATION);
    }

    public boolean canViewSpace(ConfluenceUser user, String spaceKey) {
        return viewableSpace(user, spaceKey) != null;
    }

    /**
     * The spaces among the keys that the user may view, by key, for linking them: a coordinator sees
     * a pair's space name and link only when Confluence lets them view the space.
     */
    public Map<String, Space> viewableSpaces(ConfluenceUser user, Collection<String> spaceKeys) {
        Map<String, Space> spaces = new LinkedHashMap<>();
        for (String key : spaceKeys) {
            Space space = viewableSpace(user, key);
            if (space != null) {
                spaces.put(key, space);
            }
        }
        return spaces;
    }

    private Space viewableSpace(ConfluenceUser user, String spaceKey) {
        Space space = spaceKey == null ? null : spaceManager.getSpace(spaceKey);
        return space != null && permissionManager.hasPermission(user, Permission.VIEW, space) ? space : null;
    }

    /** The groups the space's own permissions let view it, by name; none for an unknown space. */
    public Set<String> viewerGroups(String spaceKey) {
        Space space = spaceKey == null ? null : spaceManager.getSpace(spaceKey);
        Set<String> groups = new LinkedHashSet<>();
        if (space != null) {
            for (SpacePermission permission : space.getPermissions()) {
                if (permission.isGroupPermission() && SpacePermission.VIEWSPACE_PERMISSION.equals(permission.getType())) {
                    groups.add(permission.getGroup());
                }
            }
        }
        return groups;
    }

    /**
     * Whether the user may add pages to the space (view it and add or edit its pages), as Confluence
     * checks it before a page is created there. Not {@code Permission.EDIT} on the space: on a space
     * Confluence takes that for administering it.
     */
    public boolean canAddPages(ConfluenceUser user, String spaceKey) {
        Space space = spaceKey == null ? null : spaceManager.getSpace(spaceKey);
        return space != null && permissionManager.hasCreatePermission(user, space, Page.class);
    }

    public boolean canAdministerSpace(ConfluenceUser user, String spaceKey) {
        Space space = spaceKey == null ? null : spaceManager.getSpace(spaceKey);
        return space != null && permissionManager.hasPermission(user, Permission.ADMINISTER, space);
    }

    /** The page, when it exists and the user may view it; null otherwise (the two are not told apart). */
    public AbstractPage viewablePage(ConfluenceUser user, long pageId) {
        AbstractPage page = pageManager.getAbstractPage(pageId);
        return page != null && permissionManager.hasPermission(user, Permission.VIEW, page) ? page : null;
    }

    public boolean canViewPage(ConfluenceUser user, AbstractPage page) {
        return page != null && permissionManager.hasPermission(user, Permission.VIEW, page);
    }

    public boolean canEditPage(ConfluenceUser user, AbstractPage page) {
        return page != null && permissionManager.hasPermission(user, Permission.EDIT, page);
    }

    public boolean isConfluenceAdmin(ConfluenceUser user) {
        return user != null && permissionManager.isConfluenceAdministrator(user);
    }

    /** Members of the programme's coordinator group; nobody when the programme names none. */
    public boolean isCoordinator(ConfluenceUser user, Programme programme) {
        return user != null && programme.coordinatorGroup() != null
                && userManager.isUserInGroup(user.getKey(), programme.coordinatorGroup());
    }
}
