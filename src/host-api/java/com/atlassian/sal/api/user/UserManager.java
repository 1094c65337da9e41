package com.atlassian.sal.api.user;

/** Host-API declaration (sal-api): the current user, profiles and group membership. */
public interface UserManager {

    UserKey getRemoteUserKey();

    UserProfile getUserProfile(String username);

    UserProfile getUserProfile(UserKey userKey);

    boolean isUserInGroup(UserKey userKey, String group);

    boolean isAdmin(UserKey userKey);

    boolean isSystemAdmin(UserKey userKey);
}
