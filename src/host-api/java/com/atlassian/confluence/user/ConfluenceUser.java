package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

/** Host-API declaration (confluence): a Confluence user, identified by its user key. */
public interface ConfluenceUser extends User {

    UserKey getKey();
}
