package io.mentoringspaces.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.spaces.Space;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The test Confluence's content kept in a file: a Confluence started again on the file has the same content. */
public class ContentFileTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-16T10:00:00Z"), ZoneOffset.UTC);
    private Path directory;
    private Path file;

    @Before
    public void givenAFile() throws Exception {
        directory = Files.createTempDirectory("content-file");
        file = directory.resolve("confluence.json");
    }

    @After
    public void removeIt() throws Exception {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** A Confluence with the same people every time, its content kept in the file. */
    private ConfluenceDouble confluence() {
        ConfluenceDouble confluence = new ConfluenceDouble(CLOCK);
        confluence.user("mia", "Mia Novak");
        confluence.user("max", "Max Berger");
        confluence.user("otto", "Otto Keller");
        return confluence;
    }

    @Test
    public void shouldReadBackSpacesPagesVersionsLabelsTrashAndRestrictions() {
        ConfluenceDouble before = confluence();
        assertFalse(before.keepContentIn(file));
        before.loginAs("mia");
        Space space = before.editor().createSpace("MENT", "Mia's mentoring");
        before.grant("MENT", "max", SpacePermission.VIEWSPACE_PERMISSION, SpacePermission.CREATEEDIT_PAGE_PERMISSION);
        before.grantGroup("MENT", "coordinators", SpacePermission.VIEWSPACE_PERMISSION);
        before.grantAnonymous("MENT", SpacePermission.VIEWSPACE_PERMISSION);
        Page plan = before.editor().createPage("MENT", space.getHomePage(), "Growth plan", "<p>v1</p>");
        before.editor().saveNewVersion(plan, "<p>v2</p>");
        before.editor().addLabel(plan, new Label("mentoring-growth-plan"));
        Page meeting = before.editor().createPage("MENT", plan, "2026-03-16 Mentoring meeting", "<p>notes</p>");
        Page old = before.editor().createPage("MENT", space.getHomePage(), "Old", "<p>old</p>");
        before.editor().trash(old);
        before.restrictView(meeting.getId(), Set.of("mia"), Set.of());
        before.saveContent();

        ConfluenceDouble after = confluence();
        assertTrue(after.keepContentIn(file));

        Space read = after.space("MENT");
        assertEquals("Mia's mentoring", read.getName());
        assertEquals(space.getHomePage().getId(), read.getHomePage().getId());
        assertEquals(space.getPermissions().stream().map(Object::toString).toList(),
                read.getPermissions().stream().map(Object::toString).toList());
        Page readPlan = after.page(plan.getId());
        assertEquals(List.of("<p>v2</p>", "2", "[global:mentoring-growth-plan]", String.valueOf(space.getHomePage().getId())),
                List.of(readPlan.getBodyAsString(), String.valueOf(readPlan.getVersion()), readPlan.getLabels().toString(),
                        String.valueOf(readPlan.getParent().getId())));
        assertEquals(List.of("<p>v1</p>"), after.content().history(plan.getId()).stream().map(Page::getBodyAsString).toList());
        assertEquals("mia", readPlan.getCreator().getName());
        assertEquals(plan.getLastModificationDate(), readPlan.getLastModificationDate());
        assertTrue(after.page(old.getId()).isDeleted());
        assertNull(after.content().currentPage("MENT", "Old"));
        PermissionManager permissions = after.service(PermissionManager.class);
        assertTrue(permissions.hasPermission(after.user("mia"), Permission.VIEW, after.page(meeting.getId())));
        assertFalse(permissions.hasPermission(after.user("max"), Permission.VIEW, after.page(meeting.getId())));
        assertTrue(permissions.hasPermission(after.user("max"), Permission.EDIT, readPlan));
        after.loginAs("max");
        Page next = after.editor().createPage("MENT", readPlan, "Next", "<p/>");
        assertTrue(next.getId() > old.getId());
    }

    @Test
    public void shouldWriteTheFileOnlyWhenTheContentChanged() throws Exception {
        ConfluenceDouble confluence = confluence();
        confluence.keepContentIn(file);
        confluence.space("MENT", "Mia's mentoring");
        confluence.saveContent();
        Files.delete(file);

        confluence.saveContent();
        assertFalse(Files.exists(file));

        confluence.space("NOAH", "Noah's mentoring");
        confluence.saveContent();
        assertTrue(Files.exists(file));
    }
}
