package io.mentoringspaces.storage;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

/** Completing or reopening one Confluence task in a page's storage format, touching nothing else. */
public class TaskStatusWriterTest {

    private static final String PAGE = "<p>Aims &amp; more</p><ac:task-list>"
            + "<ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status>"
            + "<ac:task-body>First <ac:task-id>decoy</ac:task-id></ac:task-body></ac:task>"
            + "<ac:task><ac:task-id>2</ac:task-id>\n<ac:task-status>complete</ac:task-status>"
            + "<ac:task-body>Second</ac:task-body></ac:task></ac:task-list><![CDATA[<ac:task-id>3</ac:task-id>]]>";

    @Test
    public void shouldChangeOnlyTheStatusOfTheTaskWithThatId() throws StorageFormatException {
        assertEquals(PAGE.replace("<ac:task-status>incomplete</ac:task-status>", "<ac:task-status>complete</ac:task-status>"),
                TaskStatusWriter.withStatus(PAGE, "1", true));
        assertEquals(PAGE.replace("\n<ac:task-status>complete</ac:task-status>", "\n<ac:task-status>incomplete</ac:task-status>"),
                TaskStatusWriter.withStatus(PAGE, "2", false));
    }

    @Test
    public void shouldGiveTheSameBodyWhenTheTaskHasThatStatusAlready() throws StorageFormatException {
        assertSame(PAGE, TaskStatusWriter.withStatus(PAGE, "2", true));
    }

    @Test
    public void shouldGiveNullForAnIdNoTaskHasOutsideCdata() throws StorageFormatException {
        assertNull(TaskStatusWriter.withStatus(PAGE, "3", true));
        assertNull(TaskStatusWriter.withStatus(PAGE, "decoy", true));
    }

    @Test
    public void shouldRefuseABodyThatIsNotWellFormed() {
        assertThrows(StorageFormatException.class, () -> TaskStatusWriter.withStatus("<ac:task>", "1", true));
    }
}
