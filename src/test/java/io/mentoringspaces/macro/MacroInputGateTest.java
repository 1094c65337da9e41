package io.mentoringspaces.macro;

import static org.junit.Assert.assertEquals;

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

    private static String characters(String label) {
        return "error: " + label + " holds a character that is not allowed: a control character (other than tab or line break) "
                + "or a character that cannot be stored.";
    }

    @Test
    public void shouldShowTheInlineErrorPanelNamingTheParameterForEveryForbiddenCharacterInEveryMacro() {
        List<Use> uses = givenAPlanInUse();
        Map<String, String> parameterOf = Map.of("mentoring-goal", "title", "mentoring-goal-progress", "goalKey",
                "mentoring-checklist", "checklistId", "mentoring-meetings", "anything");
        Map<String, String> labelOf = Map.of("title", "Title", "goalKey", "Goal key", "checklistId", "Checklist id",
                "anything", "anything");
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (Use use : uses) {
            String parameter = parameterOf.get(use.name());
            for (Map.Entry<String, String> bad : ForbiddenCharacters.ALL.entrySet()) {
                Map<String, String> parameters = new HashMap<>(use.parameters());
                parameters.put(parameter, "mentee" + bad.getValue());
                actual.add(use.name() + " " + bad.getKey() + ": " + Html.message(render(use.macro(), parameters, use.body(),
                        use.pageId(), "mia")));
                expected.add(use.name() + " " + bad.getKey() + ": " + characters(labelOf.get(parameter)));
            }
        }

        assertEquals(expected, actual);
    }

    @Test
    public void shouldShowTheInlineErrorPanelForAParameterWhoseNameHasAForbiddenCharacter() {
        Use goal = givenAPlanInUse().get(0);
        Map<String, String> parameters = new HashMap<>(goal.parameters());
        parameters.put("ti\u0000tle", "x");

        assertEquals("error: A field name holds a character that is not allowed: a control character or a character "
                + "that cannot be stored.", Html.message(render(goal.macro(), parameters, goal.body(), goal.pageId(), "mia")));
    }
}
