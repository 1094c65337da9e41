package io.mentoringspaces.confluence;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.user.User;

/**
 * Confluence's permission checks (DefaultPermissionManager and its delegates): a member of the
 * super-user group passes every check; anybody else must first be allowed to use Confluence. On the
 * application, VIEW is the "can use" permission and ADMINISTER is being a Confluence (or system)
 * administrator. On a space, VIEW needs VIEWSPACE, while EDIT and ADMINISTER both need VIEWSPACE and
 * SETSPACEPERMISSIONS (administering the space). On a page, VIEW needs VIEWSPACE and passing the view
 * restrictions of the page and its ancestors; EDIT needs VIEWSPACE, EDITSPACE, the inherited view
 * restrictions and the page's edit restriction. Creating a page in a space (hasCreatePermission with
 * {@code Page.class}: PagePermissionsDelegate.canCreate) needs VIEWSPACE and EDITSPACE.
 */
final class InMemoryPermissionManager {

    private final Directory directory;
    private final ContentStore content;
    private final InMemorySpacePermissionManager spacePermissions;

    InMemoryPermissionManager(Directory directory, ContentStore content, InMemorySpacePermissionManager spacePermissions) {
        this.directory = directory;
        this.content = content;
        this.spacePermissions = spacePermissions;
    }

    public boolean hasPermission(User user, Permission permission, Object target) {
        if (target == null) {
            return false;
        }
        if (directory.isExempt(user)) {
            return true;
        }
        if (!directory.canUseConfluence(user)) {
            return false;
        }
        if (PermissionManager.TARGET_APPLICATION.equals(target)) {
            return onApplication(user, permission);
        }
        if (target instanceof Space space) {
            return onSpace(user, permission, space);
        }
        if (target instanceof Page page) {
            return onPage(user, permission, page);
        }
        throw new IllegalArgumentException("Could not check permissions for " + target + ": no suitable delegate found");
    }

    private boolean onApplication(User user, Permission permission) {
        if (permission == Permission.VIEW) {
            return directory.hasGlobalPermission(user, Directory.USE_CONFLUENCE);
        }
        if (permission == Permission.ADMINISTER) {
            return directory.hasGlobalPermission(user, Directory.ADMINISTRATE_CONFLUENCE)
                    || directory.hasGlobalPermission(user, Directory.SYSTEM_ADMINISTRATOR);
        }
        throw new IllegalStateException(permission + " permission does not apply on the application level.");
    }

    private boolean onSpace(User user, Permission permission, Space space) {
        boolean view = spacePermissions.granted(SpacePermission.VIEWSPACE_PERMISSION, space, user);
        if (permission == Permission.VIEW) {
            return view;
        }
        if (permission == Permission.EDIT || permission == Permission.ADMINISTER) {
            return view && spacePermissions.granted(SpacePermission.ADMINISTER_SPACE_PERMISSION, space, user);
        }
        throw new IllegalStateException(permission + " permission is not modelled for spaces.");
    }

    private boolean onPage(User user, Permission permission, AbstractPage page) {
        Space space = page.getSpace();
        boolean view = spacePermissions.granted(SpacePermission.VIEWSPACE_PERMISSION, space, user);
        if (permission == Permission.VIEW) {
            return view && contentLevel(user, page, false);
        }
        if (permission == Permission.EDIT) {
            return view && spacePermissions.granted(SpacePermission.CREATEEDIT_PAGE_PERMISSION, space, user)
                    && contentLevel(user, page, true);
        }
        throw new IllegalStateException("Administration privileges do not apply to pages");
    }

    /**
     * ContentPermissionManager: every ancestor's view restriction must let the user through; then, for
     * viewing, the page's own view restriction or its edit restriction naming them; for editing, its
     * edit restriction naming them, or its view and edit restrictions both letting them through.
     */
    private boolean contentLevel(User user, AbstractPage page, boolean edit) {
        if (page instanceof Page child) {
            for (Page ancestor : ContentStore.ancestors(child)) {
                if (!passes(content.viewRestriction(ancestor.getId()), user)) {
                    return false;
                }
            }
        }
        ContentStore.Restriction view = content.viewRestriction(page.getId());
        ContentStore.Restriction editing = content.editRestriction(page.getId());
        boolean namedForEdit = editing != null && editing.permits(user, directory);
        if (!edit) {
            return passes(view, user) || namedForEdit;
        }
        return namedForEdit || passes(view, user) && passes(editing, user);
    }

    private boolean passes(ContentStore.Restriction restriction, User user) {
        return restriction == null || restriction.permits(user, directory);
    }

    /** DefaultPermissionManager.hasCreatePermission: exempt users may, then the delegate of the type decides. */
    public boolean hasCreatePermission(User user, Object container, Class<?> typeToCreate) {
        if (directory.isExempt(user)) {
            return true;
        }
        if (container == null || !directory.canUseConfluence(user)) {
            return false;
        }
        if (typeToCreate == Page.class) {
            Space space = (Space) container;
            return spacePermissions.granted(SpacePermission.VIEWSPACE_PERMISSION, space, user)
                    && spacePermissions.granted(SpacePermission.CREATEEDIT_PAGE_PERMISSION, space, user);
        }
        throw new IllegalArgumentException("Could not check permissions for " + typeToCreate + ": no suitable delegate found");
    }

    public boolean isConfluenceAdministrator(User user) {
        return hasPermission(user, Permission.ADMINISTER, PermissionManager.TARGET_APPLICATION);
    }
}
