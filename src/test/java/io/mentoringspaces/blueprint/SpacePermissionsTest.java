package io.mentoringspaces.blueprint;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.spaces.Space;
import io.mentoringspaces.confluence.TestUser;
import java.util.List;
import org.junit.Before;
import org.junit.Test;

/** The exact permissions a new mentoring space ends up with, and those taken away. */
public class SpacePermissionsTest {

    private final TestUser mentee = new TestUser("mia", "Mia Mentee");
    private final TestUser mentor = new TestUser("max", "Max Mentor");
    private final Space space = new Space("MENT");
    private final SpacePermissionManager manager = mock(SpacePermissionManager.class);
    private final SpacePermissions permissions = new SpacePermissions(manager);

    private static final List<String> FULL = List.of("VIEWSPACE", "EDITSPACE", "EDITBLOG", "COMMENT", "CREATEATTACHMENT",
            "REMOVEOWNCONTENT", "REMOVEPAGE", "REMOVEBLOG", "REMOVECOMMENT", "REMOVEATTACHMENT", "REMOVEMAIL",
            "SETPAGEPERMISSIONS", "EXPORTSPACE");

    @SuppressWarnings("deprecation")
    @Before
    public void givenTheDefaultsConfluenceGaveTheNewSpace() {
        doAnswer(call -> space.getPermissions().add(call.getArgument(0))).when(manager).savePermission(any());
        doAnswer(call -> space.getPermissions().remove(call.<SpacePermission>getArgument(0))).when(manager).removePermission(any());
        space.getPermissions().add(SpacePermission.createUserSpacePermission("VIEWSPACE", space, mentee));
        space.getPermissions().add(SpacePermission.createUserSpacePermission("SETSPACEPERMISSIONS", space, mentee));
        space.getPermissions().add(SpacePermission.createGroupSpacePermission("VIEWSPACE", space, "confluence-users"));
        space.getPermissions().add(SpacePermission.createGroupSpacePermission("EDITSPACE", space, "confluence-users"));
        space.getPermissions().add(new SpacePermission("VIEWSPACE", space, null));
    }

    private static List<String> described(List<SpacePermission> permissions) {
        return permissions.stream().map(SpacePermission::toString).toList();
    }

    private List<String> expectedGrants(String viewerGroup) {
        List<String> grants = new java.util.ArrayList<>();
        FULL.stream().filter(type -> !type.equals("VIEWSPACE")).forEach(type -> grants.add(type + " user:mia"));
        FULL.forEach(type -> grants.add(type + " user:max"));
        if (viewerGroup != null) {
            grants.add("VIEWSPACE group:" + viewerGroup);
        }
        return grants;
    }

    @Test
    public void shouldGiveThePairFullAccessTheMenteeAdministrationAndNobodyElseAnything() {
        SpacePermissions.Change change = permissions.apply(space, mentee, mentor, null);

        assertEquals(List.of("VIEWSPACE group:confluence-users", "EDITSPACE group:confluence-users", "VIEWSPACE anonymous"),
                described(change.removed()));
        assertEquals(expectedGrants(null), described(change.granted()));
        assertEquals(27, space.getPermissions().size());
    }

    @Test
    public void shouldLetTheCoordinatorGroupViewWhenTheProgrammeAllowsIt() {
        SpacePermissions.Change change = permissions.apply(space, mentee, mentor, "grad-coordinators");

        assertEquals(expectedGrants("grad-coordinators"), described(change.granted()));
    }

    @Test
    public void shouldChangeNothingWhenAppliedTwice() {
        permissions.apply(space, mentee, mentor, "grad-coordinators");

        SpacePermissions.Change again = permissions.apply(space, mentee, mentor, "grad-coordinators");

        assertEquals(List.of(), again.granted());
        assertEquals(List.of(), again.removed());
    }
}
