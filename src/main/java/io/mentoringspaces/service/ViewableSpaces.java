package io.mentoringspaces.service;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The spaces of a page of pairs that the user may view, for linking them: a coordinator sees a
 * pair's space name and link only when Confluence lets them view the space.
 */
public class ViewableSpaces {

    private final SpaceManager spaceManager;
    private final PermissionManager permissionManager;

    public ViewableSpaces(SpaceManager spaceManager, PermissionManager permissionManager) {
        this.spaceManager = spaceManager;
        this.permissionManager = permissionManager;
    }

    /** The viewable spaces among the keys, by key; spaces the user may not view are left out. */
    public Map<String, Space> viewable(ConfluenceUser user, Collection<String> spaceKeys) {
        Map<String, Space> spaces = new LinkedHashMap<>();
        for (String key : spaceKeys) {
            Space space = spaceManager.getSpace(key);
            if (space != null && permissionManager.hasPermission(user, Permission.VIEW, space)) {
                spaces.put(key, space);
            }
        }
        return spaces;
    }
}
