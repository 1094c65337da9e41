package com.atlassian.confluence.security;

import com.atlassian.user.User;

/** Host-API declaration (confluence): who may do what; a null user is anonymous. */
public interface PermissionManager {

    Object TARGET_APPLICATION = "APPLICATION";

    boolean hasPermission(User user, Permission permission, Object target);

    /** Whether the user may create content of {@code typeToCreate} (e.g. {@code Page.class}) in {@code container}. */
    boolean hasCreatePermission(User user, Object container, Class<?> typeToCreate);

    boolean isConfluenceAdministrator(User user);
}
