package io.mentoringspaces.blueprint;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import com.atlassian.plugin.web.ContextProvider;
import io.mentoringspaces.PluginKeys;
import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.model.Goal;
import io.mentoringspaces.model.GoalKeys;
import io.mentoringspaces.storage.GoalMacro;
import io.mentoringspaces.storage.StorageReader;
import io.mentoringspaces.testsupport.DatabaseTest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The Growth plan page's context, from the provider the test Confluence's plugin system made for its template. */
public class GrowthPlanContextProviderTest extends DatabaseTest {

    /** A goal macro as the macro browser inserts it. */
    private static final String GOAL = "<ac:structured-macro ac:name=\"mentoring-goal\">"
            + "<ac:parameter ac:name=\"goalKey\">sql</ac:parameter><ac:parameter ac:name=\"title\">Learn SQL</ac:parameter>"
            + "</ac:structured-macro>";

    private ConfluenceDouble confluence;
    private ContextProvider provider;

    @Before
    public void startTheApp() {
        confluence = new ConfluenceDouble(CLOCK);
        confluence.startApp(ao);
        provider = confluence.app().contentTemplate("growth-plan-template").contextProvider();
    }

    @After
    public void stopConfluence() {
        confluence.loginAs(null);
        confluence.close();
    }

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

    @Test
    public void shouldMakeAGrowthPlanPageFromTheCreateDialogThatTheIndexFollows() {
        givenPlan("MENT");
        confluence.user("mia", "Mia Mentee");
        confluence.space("MENT", "Mentoring");
        confluence.loginAs("mia");

        Page page = confluence.createContent().createPage(PluginKeys.PLUGIN_KEY + ":growth-plan-blueprint", confluence.space("MENT"),
                null, Map.of());
        confluence.editor().saveNewVersion(page, page.getBodyAsString() + GOAL);

        assertEquals("Growth plan", page.getTitle());
        assertEquals(List.of(new Label("mentoring-growth-plan")), page.getLabels());
        assertEquals(List.of("Learn SQL"), goals.currentGoals(plans.getBySpaceKey("MENT").id()).stream().map(Goal::title).toList());
    }
}
