package io.mentoringspaces.confluence;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.Group;

/** Confluence's UserAccessor on the double's directory: users by name or key, groups by name. */
final class DirectoryUserAccessor {

    private final Directory directory;

    DirectoryUserAccessor(Directory directory) {
        this.directory = directory;
    }

    public ConfluenceUser getUserByName(String name) {
        return directory.user(name);
    }

    public ConfluenceUser getUserByKey(UserKey userKey) {
        return directory.user(userKey);
    }

    public Group getGroup(String name) {
        return directory.groupExists(name) ? new DirectoryGroup(name) : null;
    }

    /** A group of the directory. */
    record DirectoryGroup(String name) implements Group {

        private static final long serialVersionUID = 1L;

        @Override
        public String getName() {
            return name;
        }
    }
}
