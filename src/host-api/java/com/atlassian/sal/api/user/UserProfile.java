package com.atlassian.sal.api.user;

/** Host-API declaration (sal-api): a user's profile. */
public interface UserProfile {

    UserKey getUserKey();

    String getUsername();

    String getFullName();
}
