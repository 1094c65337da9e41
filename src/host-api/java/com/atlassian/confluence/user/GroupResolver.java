package com.atlassian.confluence.user;

import com.atlassian.user.Group;

/** Host-API declaration (confluence): finds a group by name; null when there is none. */
public interface GroupResolver {

    Group getGroup(String name);
}
