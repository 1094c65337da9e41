package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.Group;

/**
 * Host-API declaration (confluence): Confluence's user and group directory; the app finds users by
 * name or key, looks groups up ({@link GroupResolver#getGroup(String)}) and lists a group's members
 * (the coordinators a digest goes to). Confluence 10 still offers it to apps: askscio/atlassian-plugins
 * builds confluence/server/scio_search_10 against Confluence 10.0.1 and calls
 * {@code userAccessor.getGroup(groupName)} from a jakarta.ws.rs resource
 * (src/main/java/com/askscio/atlassian_plugins/confluence/impl/ScioSearchGroupMembersFetch.java).
 */
public interface UserAccessor extends GroupResolver {

    ConfluenceUser getUserByName(String name);

    ConfluenceUser getUserByKey(UserKey userKey);

    Iterable<ConfluenceUser> getMembers(Group group);
}
