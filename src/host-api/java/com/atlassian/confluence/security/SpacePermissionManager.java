package com.atlassian.confluence.security;

/** Host-API declaration (confluence): grants and removes space permissions. */
public interface SpacePermissionManager {

    @Deprecated
    void savePermission(SpacePermission permission);

    @Deprecated
    void removePermission(SpacePermission permission);
}
