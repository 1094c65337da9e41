package io.mentoringspaces.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.confluence.TestUser;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.CoordinatorAccess;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.testsupport.ConfluenceFixture;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Test;

public class AccessServiceTest {

    private final ConfluenceFixture confluence = new ConfluenceFixture();
    private final AccessService access = new AccessService(confluence.permissionManager(), confluence.spaceManager(),
            confluence.pageManager(), confluence.userManager());
    private final TestUser viewer = confluence.user("viewer", "Vera Viewer");
    private final TestUser editor = confluence.user("editor", "Ed Editor");
    private final TestUser admin = confluence.user("admin", "Ada Admin");

    {
        confluence.space("MENT", "Mentoring");
        confluence.page(10L, "MENT", "Growth plan", "<p/>");
        confluence.viewer("MENT", "viewer");
        confluence.editor("MENT", "editor");
        confluence.admin("admin");
        confluence.group("coordinators", "viewer");
    }

    @After
    public void logout() {
        confluence.loginAs(null);
    }

    private static Programme programme(String group) {
        return new Programme(1, "grad", "Grad", null, group, Cadence.WEEKLY, CoordinatorAccess.METRICS_ONLY, false,
                Instant.EPOCH);
    }

    @Test
    public void shouldTellViewersEditorsAndStrangersApart() {
        assertTrue(access.canViewSpace(viewer, "MENT"));
        assertFalse(access.canEditSpace(viewer, "MENT"));
        assertTrue(access.canEditSpace(editor, "MENT"));
        assertFalse(access.canAdministerSpace(editor, "MENT"));
        assertFalse(access.canViewSpace(admin, "MENT"));
        assertFalse(access.canViewSpace(null, "MENT"));
        assertFalse(access.canViewSpace(viewer, "NOPE"));
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
    public void shouldKnowAdministratorsAndCoordinators() {
        assertTrue(access.isConfluenceAdmin(admin));
        assertFalse(access.isConfluenceAdmin(viewer));
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
