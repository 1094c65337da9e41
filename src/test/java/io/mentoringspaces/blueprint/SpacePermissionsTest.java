package io.mentoringspaces.blueprint;

import static org.junit.Assert.assertEquals;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.spaces.Space;
import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.confluence.TestUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.Before;
import org.junit.Test;

/**
 * The exact permissions a new mentoring space ends up with, and those taken away, saved and removed
 * through the test Confluence's space permission manager; and what they let each kind of user do, as
 * its permission manager checks it.
 */
public class SpacePermissionsTest {

    private static final List<String> FULL = List.of("VIEWSPACE", "EDITSPACE", "EDITBLOG", "COMMENT", "CREATEATTACHMENT",
            "REMOVEOWNCONTENT", "REMOVEPAGE", "REMOVEBLOG", "REMOVECOMMENT", "REMOVEATTACHMENT", "REMOVEMAIL",
            "SETPAGEPERMISSIONS", "EXPORTSPACE");

    private final ConfluenceDouble confluence = new ConfluenceDouble(Clock.systemUTC());
    private final SpacePermissions permissions = new SpacePermissions(confluence.service(SpacePermissionManager.class));
    private TestUser mentee;
    private TestUser mentor;
    private Space space;

    @Before
    public void givenTheDefaultsConfluenceGaveTheNewSpace() {
        mentee = confluence.user("mia", "Mia Mentee");
        mentor = confluence.user("max", "Max Mentor");
        confluence.user("carol", "Carol Coordinator");
        confluence.user("otto", "Otto Outsider");
        confluence.group("grad-coordinators", "carol");
        confluence.anonymousAccess(true);
        space = confluence.space("MENT", "Mia's mentoring");
        confluence.grant("MENT", "mia", "VIEWSPACE", "SETSPACEPERMISSIONS");
        confluence.grantGroup("MENT", "confluence-users", "VIEWSPACE", "EDITSPACE");
        confluence.grantAnonymous("MENT", "VIEWSPACE");
    }

    private static List<String> described(List<SpacePermission> permissions) {
        return permissions.stream().map(SpacePermission::toString).toList();
    }

    private List<String> expectedGrants(String viewerGroup) {
        List<String> grants = new ArrayList<>();
        FULL.stream().filter(type -> !type.equals("VIEWSPACE")).forEach(type -> grants.add(type + " user:mia"));
        FULL.forEach(type -> grants.add(type + " user:max"));
        if (viewerGroup != null) {
            grants.add("VIEWSPACE group:" + viewerGroup);
        }
        return grants;
    }

    /** The users (null: anonymous) the space's permissions let do that. */
    private List<String> allowed(Permission permission) {
        PermissionManager manager = confluence.service(PermissionManager.class);
        List<String> names = new ArrayList<>();
        for (String name : Arrays.asList(null, "mia", "max", "carol", "otto")) {
            if (manager.hasPermission(confluence.user(name), permission, space)) {
                names.add(String.valueOf(name));
            }
        }
        return names;
    }

    @Test
    public void shouldGiveThePairFullAccessTheMenteeAdministrationAndNobodyElseAnything() {
        assertEquals(List.of("null", "mia", "max", "carol", "otto"), allowed(Permission.VIEW));

        SpacePermissions.Change change = permissions.apply(space, mentee, mentor, null);

        assertEquals(List.of("VIEWSPACE group:confluence-users", "EDITSPACE group:confluence-users", "VIEWSPACE anonymous"),
                described(change.removed()));
        assertEquals(expectedGrants(null), described(change.granted()));
        assertEquals(27, space.getPermissions().size());
        assertEquals(List.of("mia", "max"), allowed(Permission.VIEW));
        assertEquals(List.of("mia"), allowed(Permission.ADMINISTER));
    }

    @Test
    public void shouldLetTheCoordinatorGroupViewWhenTheProgrammeAllowsIt() {
        SpacePermissions.Change change = permissions.apply(space, mentee, mentor, "grad-coordinators");

        assertEquals(expectedGrants("grad-coordinators"), described(change.granted()));
        assertEquals(List.of("mia", "max", "carol"), allowed(Permission.VIEW));
    }

    @Test
    public void shouldChangeNothingWhenAppliedTwice() {
        permissions.apply(space, mentee, mentor, "grad-coordinators");

        SpacePermissions.Change again = permissions.apply(space, mentee, mentor, "grad-coordinators");

        assertEquals(List.of(), again.granted());
        assertEquals(List.of(), again.removed());
        assertEquals(28, space.getPermissions().size());
    }

    @Test
    public void shouldMoveTheMentorsAccessToTheNewMentorAndLeaveEveryoneElsesAlone() {
        permissions.apply(space, mentee, mentor, "grad-coordinators");
        TestUser otto = confluence.user("otto");

        SpacePermissions.Change change = permissions.moveMentor(space, mentor.getKey().getStringValue(), otto);

        assertEquals(FULL.stream().map(type -> type + " user:max").toList(), described(change.removed()));
        assertEquals(FULL.stream().map(type -> type + " user:otto").toList(), described(change.granted()));
        assertEquals(List.of("mia", "carol", "otto"), allowed(Permission.VIEW));
        assertEquals(List.of("mia"), allowed(Permission.ADMINISTER));
        assertEquals(28, space.getPermissions().size());
    }
}
