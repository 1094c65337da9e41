package io.mentoringspaces.blueprint;

import static org.junit.Assert.assertEquals;

import io.mentoringspaces.model.GoalKeys;
import io.mentoringspaces.storage.GoalMacro;
import io.mentoringspaces.storage.StorageReader;
import io.mentoringspaces.testsupport.ConfluenceFixture;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class GrowthPlanContextProviderTest {

    private final GrowthPlanContextProvider provider = new GrowthPlanContextProvider(new ConfluenceFixture().i18n());

    private Map<String, Object> context(Map<String, Object> fields) {
        return provider.getContextMap(new HashMap<>(fields));
    }

    @Test
    public void shouldTurnEachFirstObjectiveIntoAnEscapedGoalMacroTheIndexReadsBack() throws Exception {
        Map<String, Object> context = context(Map.of("objectives", "Speak <b>up</b> & \"listen\"\nLearn SQL\n"));

        String goals = (String) context.get("goalsXhtml");
        assertEquals(List.of(
                new GoalMacro(GoalKeys.fromTitle("Speak <b>up</b> & \"listen\""), "Speak <b>up</b> & \"listen\"", null, null, null,
                        "not-started"),
                new GoalMacro(GoalKeys.fromTitle("Learn SQL"), "Learn SQL", null, null, null, "not-started")),
                StorageReader.read(goals).goals());
        assertEquals(false, goals.contains("<b>"));
        assertEquals("Growth plan", context.get("ContentPageTitle"));
    }

    @Test
    public void shouldWriteNoGoalsWithoutObjectives() {
        assertEquals("", context(Map.of("spaceKey", "MENT")).get("goalsXhtml"));
    }
}
