package io.mentoringspaces.macro;

import static org.junit.Assert.assertEquals;

import com.atlassian.confluence.macro.MacroExecutionException;
import io.mentoringspaces.confluence.DeviceType;
import io.mentoringspaces.confluence.OutputType;
import io.mentoringspaces.testsupport.ForbiddenCharacters;
import io.mentoringspaces.testsupport.Html;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * Every macro's parameters pass the input gate before anything is read: each class of forbidden
 * character gets the inline error panel naming the parameter, in every macro, for any parameter.
 */
public class MacroInputGateTest extends MacroTestBase {

    private static final Map<String, String> PARAMETER_OF = Map.of("mentoring-goal", "title", "mentoring-goal-progress", "goalKey",
            "mentoring-checklist", "checklistId", "mentoring-meetings", "anything", "mentoring-feedback", "side",
            "mentoring-feedback-log", "anything");
    private static final Map<String, String> LABEL_OF = Map.of("title", "Title", "goalKey", "Goal key", "checklistId",
            "Checklist id", "anything", "anything", "side", "Side");

    private static String characters(String label) {
        return "error: " + label + " holds a character that is not allowed: a control character (other than tab or line break) "
                + "or a character that cannot be stored.";
    }

    /** The macro executed as Confluence executes it on the use's page, with these parameters, for the user. */
    private String execute(Use use, Map<String, String> parameters, String user) throws MacroExecutionException {
        confluence.loginAs(user);
        return confluence.app().macros().get(use.name()).execute(parameters, use.body(),
                confluence.conversion(confluence.page(use.pageId()), SPACE, OutputType.DISPLAY, DeviceType.DESKTOP));
    }

    @Test
    public void shouldShowTheInlineErrorPanelNamingTheParameterForEveryForbiddenCharacterInEveryMacro() throws Exception {
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (Use use : givenAPlanInUse()) {
            String parameter = PARAMETER_OF.get(use.name());
            for (Map.Entry<String, String> bad : ForbiddenCharacters.ALL.entrySet()) {
                Map<String, String> parameters = new HashMap<>(use.parameters());
                parameters.put(parameter, "mentee" + bad.getValue());
                actual.add(use.name() + " " + bad.getKey() + ": " + Html.message(execute(use, parameters, "mia")));
                expected.add(use.name() + " " + bad.getKey() + ": " + characters(LABEL_OF.get(parameter)));
            }
        }

        assertEquals(expected, actual);
    }

    /** DEL and the C1 controls are characters XML holds, so a saved page can hand them to a macro. */
    @Test
    public void shouldShowTheInlineErrorPanelForAControlCharacterInAParameterOfASavedPage() {
        for (Use use : givenAPlanInUse()) {
            String parameter = PARAMETER_OF.get(use.name());
            Map<String, String> parameters = new HashMap<>(use.parameters());
            parameters.put(parameter, "mentee\u0085");

            assertEquals(use.name(), characters(LABEL_OF.get(parameter)),
                    Html.message(render(use.name(), parameters, use.body(), use.pageId(), "mia")));
        }
    }

    @Test
    public void shouldShowTheInlineErrorPanelForAParameterWhoseNameHasAForbiddenCharacter() throws Exception {
        Use goal = givenAPlanInUse().get(0);
        Map<String, String> parameters = new HashMap<>(goal.parameters());
        parameters.put("ti\u0000tle", "x");

        assertEquals("error: A field name holds a character that is not allowed: a control character or a character that cannot "
                + "be stored.", Html.message(execute(goal, parameters, "mia")));
    }
}
