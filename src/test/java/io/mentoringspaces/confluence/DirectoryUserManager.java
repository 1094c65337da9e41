package io.mentoringspaces.confluence;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserProfile;

/**
 * SAL's UserManager on the double's directory: the remote user is the user of the current request
 * ({@link AuthenticatedUserThreadLocal}); an administrator is a Confluence administrator as the
 * permission manager decides, a system administrator holds SYSTEMADMINISTRATOR.
 */
final class DirectoryUserManager {

    private final Directory directory;
    private final InMemoryPermissionManager permissions;

    DirectoryUserManager(Directory directory, InMemoryPermissionManager permissions) {
        this.directory = directory;
        this.permissions = permissions;
    }

    public UserKey getRemoteUserKey() {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        return user == null ? null : user.getKey();
    }

    public UserProfile getUserProfile(String username) {
        return profile(directory.user(username));
    }

    public UserProfile getUserProfile(UserKey userKey) {
        return profile(directory.user(userKey));
    }

    public boolean isUserInGroup(UserKey userKey, String group) {
        return directory.isMember(directory.user(userKey), group);
    }

    public boolean isAdmin(UserKey userKey) {
        TestUser user = directory.user(userKey);
        return user != null && permissions.isConfluenceAdministrator(user);
    }

    public boolean isSystemAdmin(UserKey userKey) {
        TestUser user = directory.user(userKey);
        return user != null && (directory.isExempt(user)
                || directory.canUseConfluence(user) && directory.hasGlobalPermission(user, Directory.SYSTEM_ADMINISTRATOR));
    }

    private static UserProfile profile(TestUser user) {
        return user == null ? null : HostBinding.bind(UserProfile.class, new Profile(user));
    }

    /** A user's SAL profile. */
    static final class Profile {

        private final TestUser user;

        Profile(TestUser user) {
            this.user = user;
        }

        public UserKey getUserKey() {
            return user.getKey();
        }

        public String getUsername() {
            return user.getName();
        }

        public String getFullName() {
            return user.getFullName();
        }
    }
}
