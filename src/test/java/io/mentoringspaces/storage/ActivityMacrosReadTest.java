package io.mentoringspaces.storage;

import static org.junit.Assert.assertEquals;

import io.mentoringspaces.confluence.Storage;
import io.mentoringspaces.model.ActivityDefinition;
import io.mentoringspaces.model.ActivityKind;
import io.mentoringspaces.model.ChecklistEntry;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** The development-activity macros of a growth-plan page, as the one storage reader gives them to the index. */
public class ActivityMacrosReadTest {

    private static String activity(Map<String, String> parameters) {
        return Storage.macro("mentoring-activity", parameters, null);
    }

    private static ActivityDefinition definition(String title, ActivityKind kind, String goalKey) {
        return new ActivityDefinition(ChecklistEntry.written(title), title, kind, goalKey);
    }

    @Test
    public void shouldReadEachActivityMacroWithItsTitleKindAndGoalInPageOrderWhereverItIs() throws StorageFormatException {
        String page = "<h2>Development activities</h2>"
                + activity(Map.of("title", " Public speaking course ", "kind", "course", "goalKey", "g-speak"))
                + Storage.macro("info", Map.of(), activity(Map.of("title", "Shadow the release", "kind", "project")))
                + "<table><tbody><tr><td>" + activity(Map.of("title", "DevConf", "kind", "event")) + "</td></tr></tbody></table>";

        assertEquals(List.of(definition("Public speaking course", ActivityKind.COURSE, "g-speak"),
                definition("Shadow the release", ActivityKind.PROJECT, null), definition("DevConf", ActivityKind.EVENT, null)),
                StorageReader.activities(page));
    }

    @Test
    public void shouldTakeAnUnknownKindAsOtherDropABadGoalKeyCutALongTitleAndLeaveOutAMacroWithoutTitle()
            throws StorageFormatException {
        String page = activity(Map.of("title", "Book club", "kind", "party", "goalKey", "not a key"))
                + activity(Map.of("kind", "course"))
                + activity(Map.of("title", "x".repeat(300)));

        assertEquals(List.of(definition("Book club", ActivityKind.OTHER, null), definition("x".repeat(255), ActivityKind.OTHER, null)),
                StorageReader.activities(page));
    }

    @Test
    public void shouldLeaveActivityMacrosOutOfChecklistItems() throws StorageFormatException {
        String page = Storage.macro("mentoring-checklist", Map.of("checklistId", "plan"),
                "<p>Read a book</p>" + activity(Map.of("title", "Not an item")));

        assertEquals(List.of(ChecklistEntry.written("Read a book")), StorageReader.read(page).checklist("plan").orElseThrow());
    }
}
