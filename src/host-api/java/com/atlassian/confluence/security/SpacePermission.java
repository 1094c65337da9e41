package com.atlassian.confluence.security;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import java.io.Serializable;
import java.util.Objects;

/**
 * Host-API declaration (confluence): one permission of one user, group or anonymous users in one
 * space. The bodies only serve the tests.
 */
public class SpacePermission implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String VIEWSPACE_PERMISSION = "VIEWSPACE";
    public static final String REMOVE_OWN_CONTENT_PERMISSION = "REMOVEOWNCONTENT";
    public static final String COMMENT_PERMISSION = "COMMENT";
    public static final String CREATEEDIT_PAGE_PERMISSION = "EDITSPACE";
    public static final String ADMINISTER_SPACE_PERMISSION = "SETSPACEPERMISSIONS";
    public static final String REMOVE_PAGE_PERMISSION = "REMOVEPAGE";
    public static final String REMOVE_COMMENT_PERMISSION = "REMOVECOMMENT";
    public static final String REMOVE_BLOG_PERMISSION = "REMOVEBLOG";
    public static final String CREATE_ATTACHMENT_PERMISSION = "CREATEATTACHMENT";
    public static final String REMOVE_ATTACHMENT_PERMISSION = "REMOVEATTACHMENT";
    public static final String EDITBLOG_PERMISSION = "EDITBLOG";
    public static final String EXPORT_SPACE_PERMISSION = "EXPORTSPACE";
    public static final String REMOVE_MAIL_PERMISSION = "REMOVEMAIL";
    public static final String SET_PAGE_PERMISSIONS_PERMISSION = "SETPAGEPERMISSIONS";

    private String type;
    private Space space;
    private String group;
    private ConfluenceUser userSubject;

    @Deprecated
    public SpacePermission(String type, Space space, String group) {
        this.type = type;
        this.space = space;
        this.group = group;
    }

    public static SpacePermission createUserSpacePermission(String type, Space space, ConfluenceUser user) {
        SpacePermission permission = new SpacePermission(type, space, null);
        permission.userSubject = user;
        return permission;
    }

    public static SpacePermission createGroupSpacePermission(String type, Space space, String group) {
        return new SpacePermission(type, space, group);
    }

    public String getType() {
        return type;
    }

    public Space getSpace() {
        return space;
    }

    public String getGroup() {
        return group;
    }

    public ConfluenceUser getUserSubject() {
        return userSubject;
    }

    public boolean isUserPermission() {
        return userSubject != null;
    }

    public boolean isGroupPermission() {
        return group != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpacePermission other && Objects.equals(type, other.type) && Objects.equals(group, other.group)
                && Objects.equals(userSubject == null ? null : userSubject.getKey(),
                        other.userSubject == null ? null : other.userSubject.getKey());
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, group, userSubject == null ? null : userSubject.getKey());
    }

    @Override
    public String toString() {
        String subject = userSubject != null ? "user:" + userSubject.getName() : group != null ? "group:" + group : "anonymous";
        return type + " " + subject;
    }
}
