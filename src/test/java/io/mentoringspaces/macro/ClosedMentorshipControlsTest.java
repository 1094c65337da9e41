package io.mentoringspaces.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.confluence.OutputType;
import io.mentoringspaces.testsupport.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * A closed mentorship keeps its plan as it was: its macros offer the pair nothing that would change it
 * (no form, button, box or menu), while the same macros offer them their controls as long as it is open.
 * Only the closing macro still offers to reopen it.
 */
public class ClosedMentorshipControlsTest extends MacroTestBase {

    /** Controls a user can use to change something. */
    private static final String CONTROLS = "form, button:not([disabled]), input:not([type=hidden]):not([disabled]), "
            + "select:not([disabled]), textarea:not([disabled])";

    private List<Use> uses() {
        List<Use> uses = new ArrayList<>(givenAPlanInUse());
        uses.add(new Use("mentoring-meeting", Map.of(), null, 200));
        uses.add(new Use("mentoring-feedback", Map.of("side", "mentor"), "<ul><li>Say what to decide first</li></ul>", 200));
        uses.add(new Use("mentoring-closing", Map.of(), null, GROWTH_PLAN_PAGE));
        return uses;
    }

    /** Each macro's controls for the user, as "macro: control" (the control's tag and class). */
    private List<String> controls(List<Use> uses, String user) {
        List<String> controls = new ArrayList<>();
        for (Use use : uses) {
            Html.parse(render(use, user, OutputType.DISPLAY)).select(CONTROLS).forEach(control ->
                    controls.add(use.name() + ": " + control.tagName() + " " + control.className()));
        }
        return controls;
    }

    @Test
    public void shouldOfferThePairNothingThatChangesTheClosedMentorshipButToReopenIt() {
        List<Use> uses = uses();
        List<String> open = new ArrayList<>(controls(uses, "mia"));
        open.addAll(controls(uses, "max"));
        for (String macro : List.of("mentoring-goal", "mentoring-checklist", "mentoring-meetings", "mentoring-feedback",
                "mentoring-meeting", "mentoring-closing")) {
            assertTrue(macro + " " + open, open.stream().anyMatch(control -> control.startsWith(macro + ": ")));
        }

        plans.close(plan.id(), plan.menteeKey(), GROWTH_PLAN_PAGE);

        assertEquals(List.of("mentoring-closing: button aui-button mentoring-closing-reopen"), controls(uses, "mia"));
        assertEquals(List.of("mentoring-closing: button aui-button mentoring-closing-reopen"), controls(uses, "max"));
    }
}
