package io.mentoringspaces.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.user.User;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.Before;
import org.junit.Test;

/**
 * Confluence's permission checks as the test Confluence makes them (decompiled Confluence 8.7.2:
 * DefaultPermissionManager, ApplicationPermissionsDelegate, SpacePermissionsDelegate,
 * PagePermissionsDelegate, AbstractSpacePermissionManager, DefaultConfluenceAccessManager,
 * DefaultContentPermissionManager, AdminPermissionCheckExemptions); creating a page in a space is
 * not editing the space (PagePermissionsDelegate.canCreate).
 */
public class PermissionFactsTest {

    private final ConfluenceDouble confluence = new ConfluenceDouble(Clock.systemUTC());
    private final PermissionManager permissions = confluence.service(PermissionManager.class);
    private Space space;
    private Page parent;
    private Page child;

    @Before
    public void givenUsersAndASpace() {
        confluence.user("lena", "Lena Licensed");
        confluence.unlicensedUser("una", "Una Unlicensed");
        confluence.user("ada", "Ada Administrator");
        confluence.administrator("ada");
        confluence.user("root", "Rob Root");
        confluence.group(Directory.ADMINISTRATORS_GROUP, "root");
        confluence.user("ed", "Ed Editor");
        confluence.user("sal", "Sal Spaceadmin");
        space = confluence.space("TEAM", "Team");
        confluence.editor("TEAM", "ed");
        confluence.editor("TEAM", "una");
        confluence.spaceAdmin("TEAM", "sal");
        confluence.viewer("TEAM", "lena");
        parent = confluence.page(10, "TEAM", null, "Parent", "");
        child = confluence.page(11, "TEAM", parent, "Child", "");
    }

    private List<String> allowed(Permission permission, Object target) {
        return passing(user -> permissions.hasPermission(user, permission, target));
    }

    /** The users (null: anonymous) who pass the check, by name. */
    private List<String> passing(Predicate<User> check) {
        List<String> names = new ArrayList<>();
        for (String name : Arrays.asList(null, "lena", "una", "ada", "root", "ed", "sal")) {
            if (check.test(confluence.user(name))) {
                names.add(String.valueOf(name));
            }
        }
        return names;
    }

    @Test
    public void shouldLetExactlyTheUsersWhoMayUseConfluenceViewTheApplication() {
        assertEquals(List.of("lena", "ada", "root", "ed", "sal"), allowed(Permission.VIEW, PermissionManager.TARGET_APPLICATION));

        confluence.anonymousAccess(true);

        assertEquals(List.of("null", "lena", "ada", "root", "ed", "sal"),
                allowed(Permission.VIEW, PermissionManager.TARGET_APPLICATION));
    }

    @Test
    public void shouldMakeConfluenceAdministratorsOfAdministratorsAndTheSuperUserGroupOnly() {
        assertEquals(List.of("ada", "root"), allowed(Permission.ADMINISTER, PermissionManager.TARGET_APPLICATION));
        assertTrue(permissions.isConfluenceAdministrator(confluence.user("ada")));
        assertTrue(confluence.service(UserManager.class).isAdmin(confluence.user("ada").getKey()));
        assertFalse(confluence.service(UserManager.class).isSystemAdmin(confluence.user("ada").getKey()));
    }

    @Test
    public void shouldGiveAConfluenceAdministratorNoSpaceOrPageButTheSuperUserGroupEverything() {
        assertEquals(List.of("lena", "root", "ed", "sal"), allowed(Permission.VIEW, space));
        assertEquals(List.of("lena", "root", "ed", "sal"), allowed(Permission.VIEW, child));
    }

    @Test
    public void shouldTakeEditOnASpaceForAdministeringItAndEditOnAPageForEditingPages() {
        assertEquals(List.of("root", "sal"), allowed(Permission.EDIT, space));
        assertEquals(List.of("root", "sal"), allowed(Permission.ADMINISTER, space));
        assertEquals(List.of("root", "ed", "sal"), allowed(Permission.EDIT, child));
    }

    @Test
    public void shouldLetTheUsersWhoMayViewAndEditTheSpaceCreatePagesInItAndTheSuperUserGroup() {
        assertEquals(List.of("root", "ed", "sal"), passing(user -> permissions.hasCreatePermission(user, space, Page.class)));
        assertFalse(permissions.hasCreatePermission(confluence.user("ed"), null, Page.class));
    }

    @Test
    public void shouldRefuseAUserWhoMayNotUseConfluenceOrIsDeactivatedWhateverTheSpaceGrants() {
        confluence.deactivate("ed");

        assertFalse(permissions.hasPermission(confluence.user("una"), Permission.VIEW, space));
        assertFalse(permissions.hasPermission(confluence.user("ed"), Permission.EDIT, child));
    }

    @Test
    public void shouldLetAnonymousUsersAndEveryoneElseInThroughAnAnonymousGrantOnlyWhileAnonymousAccessIsOn() {
        confluence.user("out", "Otto Outsider");
        confluence.grantAnonymous("TEAM", SpacePermission.VIEWSPACE_PERMISSION);
        assertFalse(permissions.hasPermission(null, Permission.VIEW, space));
        assertTrue("a licensed user gets anonymous users' grants", permissions.hasPermission(confluence.user("out"),
                Permission.VIEW, space));

        confluence.anonymousAccess(true);

        assertTrue(permissions.hasPermission(null, Permission.VIEW, child));
        assertFalse(permissions.hasPermission(null, Permission.EDIT, child));
    }

    @Test
    public void shouldLetGroupsHoldSpacePermissions() {
        confluence.user("gus", "Gus Group");
        confluence.group("coordinators", "gus");
        confluence.grantGroup("TEAM", "coordinators", SpacePermission.VIEWSPACE_PERMISSION);

        assertTrue(permissions.hasPermission(confluence.user("gus"), Permission.VIEW, child));
        assertFalse(permissions.hasPermission(confluence.user("gus"), Permission.EDIT, child));
    }

    @Test
    public void shouldHideAPageAndThePagesBelowItFromUsersItsViewRestrictionDoesNotName() {
        confluence.restrictView(parent.getId(), Set.of("ed"), Set.of());

        assertEquals(List.of("root", "ed"), allowed(Permission.VIEW, parent));
        assertEquals(List.of("root", "ed"), allowed(Permission.VIEW, child));
        assertEquals(List.of("lena", "root", "ed", "sal"), allowed(Permission.VIEW, space));
    }

    @Test
    public void shouldLetOnlyTheUsersAnEditRestrictionNamesEditThePageAndThemViewItDespiteAViewRestriction() {
        confluence.restrictEdit(child.getId(), Set.of("sal"), Set.of());
        assertEquals(List.of("root", "sal"), allowed(Permission.EDIT, child));
        assertEquals(List.of("lena", "root", "ed", "sal"), allowed(Permission.VIEW, child));

        confluence.restrictView(child.getId(), Set.of("ed"), Set.of());

        assertEquals(List.of("root", "ed", "sal"), allowed(Permission.VIEW, child));
    }
}
