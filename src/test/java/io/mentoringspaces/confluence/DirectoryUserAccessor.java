package io.mentoringspaces.confluence;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.Group;
import java.util.ArrayList;
import java.util.List;

/** Confluence's UserAccessor on the double's directory: users by name or key, groups by name and their members. */
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

    /** The group's members (Confluence's {@code UserAccessor.getMembers}); none for a group it does not know. */
    public Iterable<ConfluenceUser> getMembers(Group group) {
        List<ConfluenceUser> members = new ArrayList<>();
        directory.members(group.getName()).forEach(name -> members.add(directory.user(name)));
        return members;
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
