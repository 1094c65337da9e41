package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;

/** Host-API declaration (confluence): finds Confluence users by user name or key. */
public interface UserAccessor {

    ConfluenceUser getUserByName(String name);

    ConfluenceUser getUserByKey(UserKey userKey);
}
