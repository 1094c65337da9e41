package io.mentoringspaces.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.confluence.OutputType;
import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.GoalDefinition;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.testsupport.Html;
import io.mentoringspaces.testsupport.XssPayloads;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * The XSS corpus in everything people write that the macros show (goal titles, targets, evaluation
 * points, checklist items, progress notes, user names, meeting page titles) and in every parameter:
 * the real Velocity output of every macro, in view mode and in export, holds no script, no
 * event-handler attribute and no script URL, and shows the payloads as the words they are.
 */
public class MacroXssTest extends MacroTestBase {

    private static final List<String> PAYLOADS = XssPayloads.all();

    private final List<String> found = new ArrayList<>();

    private void check(String what, String html) {
        for (String active : Html.activeContent(html)) {
            found.add(what + ": " + active);
        }
    }

    private static String shown(String payload) {
        return payload.strip().replaceAll("\\s+", " ");
    }

    /** Every payload as a goal (title and target), a progress note by a user named by it, a meeting page title. */
    private void givenThePayloadsEverywhere() {
        List<GoalDefinition> definitions = new ArrayList<>();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            definitions.add(new GoalDefinition("x" + i, PAYLOADS.get(i), PAYLOADS.get(i), LocalDate.of(2026, 1, 1), GoalStatus.IN_PROGRESS));
        }
        goals.replaceGoalIndex(plan.id(), definitions);
        for (int i = 0; i < PAYLOADS.size(); i++) {
            confluence.user("u" + i, PAYLOADS.get(i));
            confluence.page(500 + i, SPACE, null, PAYLOADS.get(i), "");
            meetings.link(plan.id(), 500 + i, LocalDate.of(2026, 3, 1).minusWeeks(i), PAYLOADS.get(i));
            goals.recordProgress(plan.id(), "x" + i, 10, GoalStatus.IN_PROGRESS, PAYLOADS.get(i), "key-u" + i, 500 + i);
        }
    }

    @Test
    public void shouldShowTheCorpusAsWordsInEveryMacroAndEveryOutput() {
        assertTrue(PAYLOADS.size() >= 30);
        givenThePayloadsEverywhere();
        StringBuilder raw = new StringBuilder("<ul>");
        StringBuilder escaped = new StringBuilder("<ul>");
        for (String payload : PAYLOADS) {
            raw.append("<li>").append(payload).append("</li>");
            escaped.append("<li>").append(XssPayloads.escaped(payload)).append("</li>");
        }
        String escapedPage = checklistMacro(null, escaped + "</ul>");
        List<ChecklistEntry> entries = givenChecklistsOnPage(100, escapedPage);
        checklists.tick(plan.id(), "mentee", entries, checklists.read(plan.id(), "mentee").resolve(entries).get(0).key(), true,
                "key-u0");

        for (OutputType output : List.of(OutputType.DISPLAY, OutputType.PDF)) {
            for (int i = 0; i < PAYLOADS.size(); i++) {
                String payload = PAYLOADS.get(i);
                String card = render("mentoring-goal", Map.of("goalKey", "x" + i, "title", payload, "target", payload, "evaluation",
                        payload), null, 100, "mia", output);
                check("goal " + i + " " + output, card);
                assertEquals(shown(payload), Html.text(card, ".mentoring-goal-title"));
                assertEquals(shown(payload), Html.text(card, ".mentoring-history-note"));
                assertEquals("in " + shown(payload), Html.text(card, ".mentoring-history-meeting"));
                assertEquals(shown(payload), Html.text(card, ".mentoring-history-who"));
            }
            String progress = render("mentoring-goal-progress", Map.of(), null, 100, "mia", output);
            check("goal progress " + output, progress);
            assertEquals(PAYLOADS.stream().map(MacroXssTest::shown).toList(), Html.texts(progress, ".mentoring-goal-progress-item > h4"));
            String checklist = render("mentoring-checklist", Map.of(), escaped + "</ul>", 100, "mia", output);
            check("checklist " + output, checklist);
            assertEquals(PAYLOADS.size(), Html.parse(checklist).select(".mentoring-checklist-item").size());
            assertEquals("Ticked by " + shown(PAYLOADS.get(0)) + " on 16 Mar 2026",
                    Html.parse(checklist).selectFirst(".mentoring-checklist-item").attr("title"));
            check("checklist with markup " + output, render("mentoring-checklist", Map.of(), raw + "</ul>", 100, "mia", output));
            String meetings = render("mentoring-meetings", Map.of(), null, 100, "mia", output);
            check("meetings " + output, meetings);
            assertTrue(Html.texts(meetings, ".mentoring-timeline a").contains(shown(PAYLOADS.get(7))));
        }

        assertEquals(List.of(), found);
    }

    @Test
    public void shouldRefuseTheCorpusAsParametersWithoutRepeatingIt() {
        for (String payload : PAYLOADS) {
            for (Map<String, String> parameters : List.of(Map.of("title", "T", "goalKey", payload), Map.of("title", "T", "dueDate", payload),
                    Map.of("title", "T", "status", payload))) {
                String html = render("mentoring-goal", parameters, null, 100, "mia");
                check("goal " + parameters, html);
                assertTrue(html, html.contains("aui-message-error"));
            }
            for (Use use : List.of(new Use("mentoring-goal-progress", Map.of("goalKey", payload), null, 100),
                    new Use("mentoring-checklist", Map.of("checklistId", payload), "", 100))) {
                String html = render(use, "mia", OutputType.DISPLAY);
                check(use.name() + " " + payload, html);
                assertTrue(html, html.contains("aui-message-error"));
            }
        }
        assertEquals(List.of(), found);
    }
}
