package io.mentoringspaces.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.confluence.DeviceType;
import io.mentoringspaces.confluence.OutputType;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.testsupport.Html;
import io.mentoringspaces.testsupport.StatementCounter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.junit.Test;

/**
 * A meeting page as the pair uses it: the meeting record with its aims, ten of the app's macros (seven
 * single-goal progress macros, the all-goals progress, the checklist and the meetings macro), the action
 * items of earlier meetings and both sides' feedback, rendered in one page conversion, takes six SQL
 * statements, the same for a plan with one meeting and with 200, on the latest meeting's page (live) and
 * on an earlier one (a record of that meeting): the plan, its goals, their updates, its checklist ticks,
 * its meetings (with both sides' pulses), and the meeting items the page shows (the open action items
 * of earlier meetings with the page's suggestions), each read once per conversion. Counted by the
 * counting JDBC proxy on the real database.
 */
public class MeetingPageStatementBudgetTest extends MacroTestBase {

    private static final int GOALS = 7;
    private static final long FIRST_MEETING = 10_000;

    /** The storage format of a meeting page holding the macros. */
    private static String meetingPage() {
        List<Use> uses = new ArrayList<>();
        uses.add(new Use("mentoring-meeting", Map.of(), "<p>Agree the next steps of the project.</p>", 0));
        for (int g = 0; g < GOALS; g++) {
            uses.add(new Use("mentoring-goal-progress", Map.of("goalKey", "g" + g), null, 0));
        }
        uses.add(new Use("mentoring-goal-progress", Map.of(), null, 0));
        uses.add(new Use("mentoring-checklist", Map.of(), CHECKLIST_BODY, 0));
        uses.add(new Use("mentoring-meetings", Map.of(), null, 0));
        uses.add(new Use("mentoring-action-items", Map.of(), null, 0));
        uses.add(new Use("mentoring-feedback", Map.of("side", "mentee"), "<p>The examples helped.</p>", 0));
        uses.add(new Use("mentoring-feedback", Map.of("side", "mentor"), "<ul><li>Lead with the decision</li></ul>", 0));
        return uses.stream().map(Use::storage).collect(Collectors.joining());
    }

    /** Meetings {@code from} to {@code to - 1}, one a week back from today, each held and holding the macros. */
    private void givenMeetings(int from, int to) {
        for (int m = from; m < to; m++) {
            givenMeeting(FIRST_MEETING + m, TODAY.minusWeeks(m));
            givenBody(FIRST_MEETING + m, meetingPage());
        }
    }

    /** The statements of one view of the page by the mentee; asserts every macro rendered and nothing was written. */
    private int statements(long pageId) {
        confluence.loginAs("mia");
        try (StatementCounter.Recording recording = StatementCounter.record()) {
            String html = confluence.render(pageId, OutputType.DISPLAY, DeviceType.DESKTOP);
            List<Element> macros = Html.parse(html).select("[data-macro-name^=mentoring-]");
            assertEquals(html, 14, macros.size());
            assertTrue(html, macros.stream().allMatch(macro -> macro.hasClass("mentoring-macro")));
            assertTrue("rendering never writes: " + recording.statements(), recording.statements().stream()
                    .allMatch(sql -> sql.strip().toUpperCase(Locale.ROOT).startsWith("SELECT")));
            return recording.count();
        }
    }

    @Test
    public void shouldRenderAMeetingPageWithAllItsMacrosInSixStatementsForOneOrTwoHundredMeetings() {
        for (int g = 0; g < GOALS; g++) {
            givenGoal("g" + g, "Goal " + g, null, null, GoalStatus.IN_PROGRESS);
            goals.recordProgress(plan.id(), "g" + g, 10 * g, GoalStatus.IN_PROGRESS, "Update " + g, "key-mia", FIRST_MEETING);
        }
        givenMeetings(0, 1);
        int oneMeeting = statements(FIRST_MEETING);

        givenMeetings(1, 200);
        int latest = statements(FIRST_MEETING);
        int record = statements(FIRST_MEETING + 100);

        assertEquals("one meeting", 6, oneMeeting);
        assertEquals("the latest of 200 meetings", 6, latest);
        assertEquals("an earlier meeting's record", 6, record);
    }
}
