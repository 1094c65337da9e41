package io.mentoringspaces.blueprint;

import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The permissions of a mentoring space: mentee and mentor have full access, only the mentee
 * administers the space, the programme's coordinator group may view it when the programme allows,
 * and nobody else has any access (the defaults Confluence gave the new space are removed). When the
 * mentee invites another mentor, the mentor's access moves to them.
 */
public class SpacePermissions {

    /** Everything a member of the pair may do in the space, administration aside. */
    static final List<String> FULL_ACCESS = List.of(
            SpacePermission.VIEWSPACE_PERMISSION,
            SpacePermission.CREATEEDIT_PAGE_PERMISSION,
            SpacePermission.EDITBLOG_PERMISSION,
            SpacePermission.COMMENT_PERMISSION,
            SpacePermission.CREATE_ATTACHMENT_PERMISSION,
            SpacePermission.REMOVE_OWN_CONTENT_PERMISSION,
            SpacePermission.REMOVE_PAGE_PERMISSION,
            SpacePermission.REMOVE_BLOG_PERMISSION,
            SpacePermission.REMOVE_COMMENT_PERMISSION,
            SpacePermission.REMOVE_ATTACHMENT_PERMISSION,
            SpacePermission.REMOVE_MAIL_PERMISSION,
            SpacePermission.SET_PAGE_PERMISSIONS_PERMISSION,
            SpacePermission.EXPORT_SPACE_PERMISSION);

    /** What {@link #apply} granted and removed, in order. */
    public record Change(List<SpacePermission> granted, List<SpacePermission> removed) {

        public Change {
            granted = List.copyOf(granted);
            removed = List.copyOf(removed);
        }
    }

    private final SpacePermissionManager spacePermissionManager;

    public SpacePermissions(SpacePermissionManager spacePermissionManager) {
        this.spacePermissionManager = spacePermissionManager;
    }

    /**
     * Makes the space's permissions exactly those of the pair (and {@code viewerGroup}'s view
     * permission when not null). Applying it twice changes nothing the second time.
     */
    public Change apply(Space space, ConfluenceUser mentee, ConfluenceUser mentor, String viewerGroup) {
        Map<String, SpacePermission> wanted = new LinkedHashMap<>();
        for (String type : FULL_ACCESS) {
            put(wanted, SpacePermission.createUserSpacePermission(type, space, mentee));
        }
        put(wanted, SpacePermission.createUserSpacePermission(SpacePermission.ADMINISTER_SPACE_PERMISSION, space, mentee));
        for (String type : FULL_ACCESS) {
            put(wanted, SpacePermission.createUserSpacePermission(type, space, mentor));
        }
        if (viewerGroup != null) {
            put(wanted, SpacePermission.createGroupSpacePermission(SpacePermission.VIEWSPACE_PERMISSION, space, viewerGroup));
        }
        List<SpacePermission> removed = new ArrayList<>();
        Map<String, SpacePermission> existing = new LinkedHashMap<>();
        for (SpacePermission permission : List.copyOf(space.getPermissions())) {
            String id = id(permission);
            if (wanted.containsKey(id) && !existing.containsKey(id)) {
                existing.put(id, permission);
            } else {
                removed.add(permission);
            }
        }
        for (SpacePermission permission : removed) {
            spacePermissionManager.removePermission(permission);
        }
        List<SpacePermission> granted = new ArrayList<>();
        Set<String> kept = existing.keySet();
        for (Map.Entry<String, SpacePermission> entry : wanted.entrySet()) {
            if (!kept.contains(entry.getKey())) {
                spacePermissionManager.savePermission(entry.getValue());
                granted.add(entry.getValue());
            }
        }
        return new Change(granted, removed);
    }

    /**
     * Hands the mentor's access to another mentor: every permission the user with {@code oldMentorKey}
     * holds in the space is removed, and {@code newMentor} gets the mentor's full access (what they hold
     * already is kept). Nobody else's permissions change.
     */
    public Change moveMentor(Space space, String oldMentorKey, ConfluenceUser newMentor) {
        List<SpacePermission> removed = new ArrayList<>();
        Set<String> held = new HashSet<>();
        for (SpacePermission permission : List.copyOf(space.getPermissions())) {
            if (id(permission).endsWith(" user:" + oldMentorKey)) {
                removed.add(permission);
            } else {
                held.add(id(permission));
            }
        }
        for (SpacePermission permission : removed) {
            spacePermissionManager.removePermission(permission);
        }
        List<SpacePermission> granted = new ArrayList<>();
        for (String type : FULL_ACCESS) {
            SpacePermission permission = SpacePermission.createUserSpacePermission(type, space, newMentor);
            if (held.add(id(permission))) {
                spacePermissionManager.savePermission(permission);
                granted.add(permission);
            }
        }
        return new Change(granted, removed);
    }

    private static void put(Map<String, SpacePermission> permissions, SpacePermission permission) {
        permissions.put(id(permission), permission);
    }

    /** Type and subject: who holds it (a user by key, a group by name, or anonymous/all users). */
    static String id(SpacePermission permission) {
        String subject;
        if (permission.isUserPermission() && permission.getUserSubject() != null) {
            subject = "user:" + permission.getUserSubject().getKey().getStringValue();
        } else if (permission.isGroupPermission()) {
            subject = "group:" + permission.getGroup();
        } else {
            subject = "other";
        }
        return permission.getType() + " " + subject;
    }
}
