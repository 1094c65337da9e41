package io.mentoringspaces.blueprint;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.mentoringspaces.model.GoalKeys;
import io.mentoringspaces.storage.GoalMacro;
import io.mentoringspaces.storage.StorageReader;
import io.mentoringspaces.testsupport.ConfluenceFixture;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
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

    /**
     * Issue 10, finding 4: objectives with control characters or non-characters were written into
     * the growth-plan page, which was then not well-formed; now nothing is written and the create
     * dialog gets a 400 naming the field.
     */
    @Test
    public void shouldRefuseObjectivesItCannotWriteAsWellFormedStorageFormat() {
        for (String bad : List.of("\u0001", "\u001b", "\ufffe")) {
            Map<String, Object> fields = new HashMap<>(Map.of("objectives", "Speak up\nLearn" + bad + " SQL"));
            Response response = assertThrows(WebApplicationException.class, () -> provider.getContextMap(fields)).getResponse();

            assertEquals(400, response.getStatus());
            assertEquals(Map.of("status", 400, "field", "objectives", "message", "First objectives holds a character that is not "
                    + "allowed: a control character (other than tab or line break) or a character that cannot be stored."),
                    response.getEntity());
            assertEquals(null, fields.get("goalsXhtml"));
        }
    }

    @Test
    public void shouldWriteStorageFormatThatParsesForEveryObjectiveItTakes() throws Exception {
        String goals = (String) context(Map.of("objectives", "Tab\there\r\n\u00e9t\u00e9 \ud83d\ude80 & <more>\n\u2028sep")).get("goalsXhtml");

        assertEquals(3, StorageReader.parse(goals).getDocumentElement().getChildNodes().getLength());
    }

    @Test
    public void shouldWriteNoGoalsWithoutObjectives() {
        assertEquals("", context(Map.of("spaceKey", "MENT")).get("goalsXhtml"));
    }
}
