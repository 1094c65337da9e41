package io.mentoringspaces.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.spaces.Space;
import io.mentoringspaces.confluence.TestUser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class SandboxConfluenceTest {

    private static final Instant AT = Instant.parse("2026-03-16T10:00:00Z");
    private Path directory;
    private SandboxConfluence confluence;
    private TestUser mia;
    private TestUser carol;
    private TestUser ada;

    @Before
    public void givenUsersAndGroups() throws Exception {
        directory = Files.createTempDirectory("sandbox-confluence");
        confluence = fresh();
        mia = confluence.user("mia");
        carol = confluence.user("carol");
        ada = confluence.user("ada");
    }

    private SandboxConfluence fresh() {
        SandboxConfluence store = new SandboxConfluence(directory.resolve("confluence.json"));
        store.addUser("mia", "Mia Novak");
        store.addUser("carol", "Carol Jensen");
        store.addUser("ada", "Ada Lindqvist");
        store.addGroup("coordinators", "carol");
        store.addAdmin("ada");
        return store;
    }

    @After
    public void removeFiles() {
        Sandbox.deleteTree(directory);
    }

    @Test
    public void shouldGrantSpacePermissionsToUsersAndGroupsButNotToAdministratorsByThemselves() {
        Space space = confluence.createSpace("MIA", "Mia\u2019s mentoring");
        confluence.savePermission(SpacePermission.createUserSpacePermission(SpacePermission.CREATEEDIT_PAGE_PERMISSION, space, mia));
        confluence.savePermission(SpacePermission.createGroupSpacePermission(SpacePermission.VIEWSPACE_PERMISSION, space, "coordinators"));
        Page page = confluence.createPage(space, null, "Home", "<p/>", List.of(), mia, AT);

        assertTrue(confluence.hasPermission(mia, Permission.EDIT, page));
        assertFalse(confluence.hasPermission(mia, Permission.VIEW, page));
        assertTrue(confluence.hasPermission(carol, Permission.VIEW, space));
        assertFalse(confluence.hasPermission(carol, Permission.EDIT, space));
        assertFalse(confluence.hasPermission(ada, Permission.VIEW, space));
        assertTrue(confluence.isAdmin(ada));
        assertFalse(confluence.hasPermission(null, Permission.VIEW, space));
    }

    @Test
    public void shouldReadBackWhatItWroteAfterEveryChange() {
        Space space = confluence.createSpace("MIA", "Mia\u2019s mentoring");
        confluence.addCategory(space, "grad");
        confluence.savePermission(SpacePermission.createUserSpacePermission(SpacePermission.VIEWSPACE_PERMISSION, space, mia));
        Page home = confluence.createPage(space, null, "Home", "<p>home</p>", List.of(), mia, AT);
        Page meeting = confluence.createPage(space, home, "2026-03-16 Mentoring meeting", "<p>v1</p>", List.of("mentoring-meeting"),
                mia, AT);
        confluence.updateBody(meeting, "<p>v2</p>", AT.plusSeconds(60));

        SandboxConfluence again = fresh();
        assertTrue(again.load());

        Page read = again.page(meeting.getId());
        assertEquals("<p>v2</p>", read.getBodyAsString());
        assertEquals(home.getId(), read.getParent().getId());
        assertEquals(List.of(new Label("mentoring-meeting")), read.getLabels());
        assertEquals(new SandboxConfluence.PageInfo("mia", AT, AT.plusSeconds(60), 2), again.info(meeting.getId()));
        assertEquals(home.getId(), again.space("MIA").getHomePage().getId());
        assertEquals(List.of("grad"), again.categories("MIA"));
        assertTrue(again.hasPermission(again.user("mia"), Permission.VIEW, read));
        assertEquals(List.of(read), again.children(again.page(home.getId())));
    }

    @Test
    public void shouldFindNothingToLoadInAnEmptyDirectory() {
        assertFalse(confluence.load());
    }
}
