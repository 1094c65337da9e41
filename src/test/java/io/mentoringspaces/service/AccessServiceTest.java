package io.mentoringspaces.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.security.SpacePermission;
import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.confluence.TestUser;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.CoordinatorAccess;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.testsupport.DatabaseTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Who may see and change what, as the app's access service asks the test Confluence. */
public class AccessServiceTest extends DatabaseTest {

    private ConfluenceDouble confluence;
    private AccessService access;
    private TestUser viewer;
    private TestUser editor;
    private TestUser spaceAdmin;
    private TestUser admin;

    @Before
    public void givenASpaceWithAViewerAnEditorAndItsAdministrator() {
        confluence = new ConfluenceDouble(CLOCK);
        confluence.startApp(ao);
        access = confluence.app().bean("accessService", AccessService.class);
        viewer = confluence.user("viewer", "Vera Viewer");
        editor = confluence.user("editor", "Ed Editor");
        spaceAdmin = confluence.user("sam", "Sam Spaceadmin");
        admin = confluence.user("admin", "Ada Admin");
        confluence.space("MENT", "Mentoring");
        confluence.page(10L, "MENT", null, "Growth plan", "<p/>");
        confluence.viewer("MENT", "viewer");
        confluence.editor("MENT", "editor");
        confluence.spaceAdmin("MENT", "sam");
        confluence.administrator("admin");
        confluence.group("coordinators", "viewer");
    }

    @After
    public void stopConfluence() {
        confluence.loginAs(null);
        confluence.close();
    }

    private static Programme programme(String group) {
        return new Programme(1, "grad", "Grad", null, group, Cadence.WEEKLY, CoordinatorAccess.METRICS_ONLY, false,
                Instant.EPOCH);
    }

    @Test
    public void shouldTellViewersEditorsSpaceAdministratorsAndStrangersApart() {
        assertTrue(access.canViewSpace(viewer, "MENT"));
        assertFalse(access.canAddPages(viewer, "MENT"));
        assertTrue(access.canAddPages(editor, "MENT"));
        assertFalse(access.canAdministerSpace(editor, "MENT"));
        assertTrue(access.canAdministerSpace(spaceAdmin, "MENT"));
        assertFalse(access.canViewSpace(admin, "MENT"));
        assertFalse(access.canAddPages(admin, "MENT"));
        assertFalse(access.canViewSpace(null, "MENT"));
        assertFalse(access.canViewSpace(viewer, "NOPE"));
        assertFalse(access.canAddPages(editor, "NOPE"));
    }

    @Test
    public void shouldLetAnonymousUsersDoWhatTheSpaceGrantsThemWhileAnonymousAccessIsOnButNeverAdministerIt() {
        confluence.grantAnonymous("MENT", SpacePermission.VIEWSPACE_PERMISSION, SpacePermission.CREATEEDIT_PAGE_PERMISSION);
        assertFalse(access.canViewSpace(null, "MENT"));


        confluence.anonymousAccess(true);

        assertTrue(access.canViewSpace(null, "MENT"));
        assertTrue(access.canAddPages(null, "MENT"));
        assertFalse(access.canAdministerSpace(null, "MENT"));
    }

    @Test
    public void shouldRefuseAUserWhoMayNotUseConfluenceWhateverTheSpaceGrants() {
        TestUser unlicensed = confluence.unlicensedUser("una", "Una Unlicensed");
        confluence.spaceAdmin("MENT", "una");

        assertFalse(access.canViewSpace(unlicensed, "MENT"));
        assertFalse(access.canAddPages(unlicensed, "MENT"));
        assertFalse(access.canAdministerSpace(unlicensed, "MENT"));
        assertNull(access.viewablePage(unlicensed, 10L));
    }

    @Test
    public void shouldHideMissingAndUnviewablePagesAlike() {
        assertEquals(10L, access.viewablePage(viewer, 10L).getId());
        assertNull(access.viewablePage(admin, 10L));
        assertNull(access.viewablePage(viewer, 11L));
        assertTrue(access.canEditPage(editor, access.viewablePage(editor, 10L)));
        assertFalse(access.canEditPage(viewer, access.viewablePage(viewer, 10L)));
        assertFalse(access.canEditPage(editor, null));
    }

    @Test
    public void shouldFollowAPagesRestrictions() {
        confluence.restrictView(10L, Set.of("editor"), Set.of());

        assertNull(access.viewablePage(viewer, 10L));
        assertNull(access.viewablePage(spaceAdmin, 10L));
        assertTrue(access.canEditPage(editor, access.viewablePage(editor, 10L)));
        assertTrue("the space stays viewable", access.canViewSpace(viewer, "MENT"));
    }

    @Test
    public void shouldKnowAdministratorsAndCoordinators() {
        confluence.user("root", "Rob Root");
        confluence.group("confluence-administrators", "root");

        assertTrue(access.isConfluenceAdmin(admin));
        assertTrue(access.isConfluenceAdmin(confluence.user("root")));
        assertFalse(access.isConfluenceAdmin(spaceAdmin));
        assertFalse(access.isConfluenceAdmin(null));
        assertTrue(access.isCoordinator(viewer, programme("coordinators")));
        assertFalse(access.isCoordinator(editor, programme("coordinators")));
        assertFalse(access.isCoordinator(viewer, programme(null)));
        assertFalse(access.isCoordinator(null, programme("coordinators")));
    }

    @Test
    public void shouldReadTheCurrentUserOfTheRequest() {
        assertNull(access.currentUser());
        confluence.loginAs("editor");
        assertEquals(editor, access.currentUser());
    }

    @Test
    public void shouldListOnlyTheSpacesTheUserMayViewInTheOrderAsked() {
        confluence.space("TEAM", "Team");
        confluence.viewer("TEAM", "viewer");

        assertEquals(List.of("TEAM", "MENT"), List.copyOf(access.viewableSpaces(viewer, List.of("TEAM", "NOPE", "MENT")).keySet()));
        assertEquals(Map.of(), access.viewableSpaces(admin, List.of("TEAM", "MENT")));
        assertEquals(Map.of(), access.viewableSpaces(null, List.of("MENT")));
    }
}
