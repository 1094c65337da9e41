package io.mentoringspaces.index;

import static org.junit.Assert.assertEquals;

import io.mentoringspaces.model.GoalKeys;
import io.mentoringspaces.model.GoalDefinition;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.storage.GoalMacro;
import io.mentoringspaces.storage.StorageReader;
import io.mentoringspaces.testsupport.Fixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class GoalDefinitionsTest {

    private static GoalDefinitions.Result fromFixture(String fixture) throws Exception {
        return GoalDefinitions.from(StorageReader.read(Fixtures.read("storage/" + fixture)).goals());
    }

    @Test
    public void shouldDefineEveryWellFormedGoalWithItsDateAndStatus() throws Exception {
        GoalDefinitions.Result result = fromFixture("well-formed.xml");

        assertEquals(List.of(
                new GoalDefinition("public-speaking", "Speak at a team meeting", "Two talks of ten minutes",
                        LocalDate.of(2026, 6, 30), GoalStatus.IN_PROGRESS),
                new GoalDefinition("sql", "Learn SQL", null, null, GoalStatus.NOT_STARTED)), result.definitions());
        assertEquals(List.of(), result.problems());
    }

    @Test
    public void shouldKeepTheFirstOfGoalsSharingAKey() throws Exception {
        GoalDefinitions.Result result = fromFixture("duplicate-keys.xml");

        assertEquals(List.of("First", "Second"), result.definitions().stream().map(GoalDefinition::title).toList());
        assertEquals(List.of("goal 2 repeats the goal key same and was left out"), result.problems());
    }

    @Test
    public void shouldLeaveOutUntitledGoalsAndDropUnreadableDatesAndStatuses() throws Exception {
        GoalDefinitions.Result result = fromFixture("missing-title.xml");

        assertEquals(List.of(new GoalDefinition(GoalKeys.fromTitle("Keyless goal"), "Keyless goal", null, null,
                GoalStatus.NOT_STARTED)), result.definitions());
        assertEquals(List.of("goal 1 has no title and was left out",
                "goal 2 has an unreadable due date, which was dropped",
                "goal 2 has an unknown status, read as not started"), result.problems());
    }

    @Test
    public void shouldLeaveOutGoalsTheIndexCannotHold() {
        GoalDefinitions.Result result = GoalDefinitions.from(List.of(
                new GoalMacro("bad key!", "A", null, null, null, null),
                new GoalMacro("long", "t".repeat(256), null, null, null, null),
                new GoalMacro("target", "T", "x".repeat(451), null, null, null),
                new GoalMacro("early", "E", null, null, "1999-12-31", "achieved")));

        assertEquals(List.of(new GoalDefinition("early", "E", null, null, GoalStatus.ACHIEVED)), result.definitions());
        assertEquals(List.of("goal 1 has a malformed goal key and was left out",
                "goal 2 has a title longer than 255 characters and was left out",
                "goal 3 has a target longer than 450 characters and was left out",
                "goal 4 has an unreadable due date, which was dropped"), result.problems());
    }
}
