package io.mentoringspaces.confluence;

import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.user.User;
import java.util.Set;

/**
 * Space permissions as Confluence keeps and checks them (AbstractSpacePermissionManager): a
 * permission is granted to a user, a group or anonymous users; a user who may use Confluence gets the
 * permissions of anonymous users, of their groups and their own; an anonymous user only those granted
 * to anonymous users, and only while anonymous access is on. Anonymous users can never get
 * SETSPACEPERMISSIONS.
 */
final class InMemorySpacePermissionManager {

    private static final Set<String> NOT_FOR_ANONYMOUS = Set.of(SpacePermission.ADMINISTER_SPACE_PERMISSION);

    private final Directory directory;
    private final ContentStore content;

    InMemorySpacePermissionManager(Directory directory, ContentStore content) {
        this.directory = directory;
        this.content = content;
    }

    public void savePermission(SpacePermission permission) {
        if (!permission.isUserPermission() && !permission.isGroupPermission() && NOT_FOR_ANONYMOUS.contains(permission.getType())) {
            throw new IllegalArgumentException("You are not allowed to add the " + permission.getType()
                    + " permission to the anonymous user.");
        }
        Space space = content.space(permission.getSpace().getKey());
        synchronized (content) {
            if (!space.getPermissions().contains(permission)) {
                space.getPermissions().add(rebound(permission, space));
            }
        }
    }

    /** The permission on the stored space, with the directory's user: what Confluence's DAO would load. */
    private SpacePermission rebound(SpacePermission permission, Space space) {
        if (permission.isUserPermission()) {
            return SpacePermission.createUserSpacePermission(permission.getType(), space,
                    directory.known(permission.getUserSubject()));
        }
        return permission.isGroupPermission()
                ? SpacePermission.createGroupSpacePermission(permission.getType(), space, permission.getGroup())
                : anonymous(permission.getType(), space);
    }

    @SuppressWarnings("deprecation")
    static SpacePermission anonymous(String type, Space space) {
        return new SpacePermission(type, space, null);
    }

    public void removePermission(SpacePermission permission) {
        Space space = content.space(permission.getSpace().getKey());
        synchronized (content) {
            space.getPermissions().remove(permission);
        }
    }

    /** Whether the space grants the permission to the user (null: anonymous), checks of Confluence's use included. */
    boolean granted(String type, Space space, User user) {
        if (space == null || !directory.canUseConfluence(user)) {
            return false;
        }
        Space stored = content.space(space.getKey());
        if (stored == null) {
            return false;
        }
        synchronized (content) {
            for (SpacePermission granted : stored.getPermissions()) {
                if (!granted.getType().equals(type)) {
                    continue;
                }
                if (!granted.isUserPermission() && !granted.isGroupPermission()) {
                    return true;
                }
                if (user != null && granted.isGroupPermission() && directory.isMember(user, granted.getGroup())) {
                    return true;
                }
                if (user != null && granted.isUserPermission() && granted.getUserSubject().getName().equals(user.getName())) {
                    return true;
                }
            }
        }
        return false;
    }
}
