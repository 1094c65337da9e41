package io.mentoringspaces.storage;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.mentoringspaces.model.PageTask;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.Test;

/**
 * The Confluence tasks of a page, as the one storage reader gives them to the page index: id, status,
 * text, assignee and due date, read as Confluence's inline-tasks plugin reads them.
 */
public class TaskReaderTest {

    private static final String MAX = "8a7f808a8c2d1e4f018c2d5b7e210001";
    private static final String MIA = "8a7f808a8c2d1e4f018c2d5b7e210002";
    private static final String GONE = "8a7f808a8c2d1e4f018c2d5b7e2100ff";
    private static final Set<String> USERS = Set.of(MAX, MIA);

    private static List<PageTask> tasks(String storage) throws StorageFormatException {
        return StorageReader.tasks(storage, USERS::contains);
    }

    private static String task(String id, String status, String body) {
        return "<ac:task><ac:task-id>" + id + "</ac:task-id><ac:task-uuid>u-" + id + "</ac:task-uuid><ac:task-status>" + status
                + "</ac:task-status><ac:task-body>" + body + "</ac:task-body></ac:task>";
    }

    private static String mention(String userKey) {
        return "<ac:link><ri:user ri:userkey=\"" + userKey + "\" /></ac:link>";
    }

    @Test
    public void shouldReadEachTaskWithItsIdStatusTextAssigneeAndDueDate() throws StorageFormatException {
        String page = "<h2>New action items</h2><ac:task-list>"
                + task("1", "incomplete", mention(MIA) + " sends the draft&nbsp;to " + mention(MAX) + " by <time datetime=\"2026-03-20\" />")
                + task("2", "complete", "Book the <strong>room</strong>")
                + "</ac:task-list>";

        assertEquals(List.of(
                new PageTask("1", false, "sends the draft to by", MIA, LocalDate.of(2026, 3, 20)),
                new PageTask("2", true, "Book the room", null, null)), tasks(page));
    }

    @Test
    public void shouldTakeTheFirstMentionedUserWhoExistsAsTheAssignee() throws StorageFormatException {
        String page = "<ac:task-list>" + task("7", "incomplete", mention(GONE) + " or " + mention(MAX) + " calls " + mention(MIA))
                + "</ac:task-list>";

        assertEquals(MAX, tasks(page).get(0).assigneeKey());
    }

    @Test
    public void shouldTakeTheFirstDateAsTheDueDateAndNoneWhenThatIsNoDate() throws StorageFormatException {
        String page = "<ac:task-list>"
                + task("1", "incomplete", "Read <time datetime=\"2026-04-01\" /> and <time datetime=\"2026-05-01\" />")
                + task("2", "incomplete", "Read <time datetime=\"soon\" /> then <time datetime=\"2026-05-01\" />")
                + "</ac:task-list>";

        List<PageTask> tasks = tasks(page);

        assertEquals(LocalDate.of(2026, 4, 1), tasks.get(0).dueDate());
        assertEquals(null, tasks.get(1).dueDate());
    }

    @Test
    public void shouldReadNestedTasksAsTasksOfTheirOwnAndNotAsTheirParentsText() throws StorageFormatException {
        String page = "<ac:task-list>" + task("1", "incomplete", "Plan the talk<ac:task-list>"
                + task("2", "complete", "Pick a topic") + "</ac:task-list>") + "</ac:task-list>";

        assertEquals(List.of(new PageTask("1", false, "Plan the talk", null, null),
                new PageTask("2", true, "Pick a topic", null, null)), tasks(page));
    }

    @Test
    public void shouldLeaveOutTasksWithoutAnIdWithAnIdThatIsNoTokenOrWithAnIdSeenBefore() throws StorageFormatException {
        String page = "<ac:task-list>"
                + "<ac:task><ac:task-status>incomplete</ac:task-status><ac:task-body>"
                + "<ac:placeholder>Type your task here</ac:placeholder></ac:task-body></ac:task>"
                + task("a b", "incomplete", "Spaced id")
                + task("3", "incomplete", "First")
                + task("3", "complete", "Second with the same id")
                + "</ac:task-list>";

        assertEquals(List.of(new PageTask("3", false, "First", null, null)), tasks(page));
    }

    @Test
    public void shouldReadTasksInsideOtherMacrosBodies() throws StorageFormatException {
        String page = "<ac:structured-macro ac:name=\"info\"><ac:parameter ac:name=\"title\">Hint</ac:parameter>"
                + "<ac:rich-text-body><ac:task-list>" + task("9", "incomplete", "Inside") + "</ac:task-list></ac:rich-text-body>"
                + "</ac:structured-macro>";

        assertEquals(List.of(new PageTask("9", false, "Inside", null, null)), tasks(page));
    }

    @Test
    public void shouldGiveNoTasksForAnEmptyBodyAndRefuseABodyThatIsNotWellFormed() throws StorageFormatException {
        assertEquals(List.of(), tasks(null));
        assertThrows(StorageFormatException.class, () -> tasks("<ac:task-list><ac:task>"));
    }
}
