package io.mentoringspaces.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.atlassian.confluence.pages.Page;
import io.mentoringspaces.ao.ChecklistTickEntity;
import io.mentoringspaces.ao.GoalEntity;
import io.mentoringspaces.ao.MeetingLinkEntity;
import io.mentoringspaces.ao.ProgressUpdateEntity;
import io.mentoringspaces.confluence.DeviceType;
import io.mentoringspaces.confluence.OutputType;
import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.ChecklistKeys;
import io.mentoringspaces.testsupport.Html;
import io.mentoringspaces.testsupport.StatementCounter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import org.jsoup.nodes.Element;
import org.junit.Test;

/**
 * Each macro renders with a fixed number of SQL statements, at most three, whatever the number of
 * goals, updates, items or meetings (1 and 500 rows), and a page with ten of them for one plan takes
 * at most five in all: the plan, its goals, their updates, its checklist ticks and its meetings are
 * each read once per conversion, and the page's storage format is parsed once, without SQL. Counted
 * by the counting JDBC proxy on the real database, over the render of the page that holds them.
 */
public class MacroStatementBudgetTest extends MacroTestBase {

    /** The statements of one render of a page, and the page's HTML. */
    private record Counted(int statements, List<String> sql, String html) {

        /** The outputs of the page's macros, in page order. */
        List<Element> macros() {
            return Html.parse(html).select("[data-macro-name]");
        }
    }

    /** Renders the growth-plan page holding the macros, one after the other, for the user, counting its statements. */
    private Counted count(List<Use> uses, String user) {
        givenBody(GROWTH_PLAN_PAGE, uses.stream().map(Use::storage).collect(Collectors.joining()));
        confluence.loginAs(user);
        try (StatementCounter.Recording recording = StatementCounter.record()) {
            String html = confluence.render(GROWTH_PLAN_PAGE, OutputType.DISPLAY, DeviceType.DESKTOP);
            return new Counted(recording.count(), recording.statements(), html);
        }
    }

    /** Rows straight into the tables: goals with one update each, checklist items, meetings. */
    private List<Use> seed(int rows) {
        Date now = Date.from(CLOCK.instant());
        List<ChecklistEntry> entries = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            GoalEntity goal = ao.create(GoalEntity.class, new DBParam("PLAN_ID", plan.id()), new DBParam("GOAL_KEY", "g" + i),
                    new DBParam("TITLE", "Goal " + i), new DBParam("STATUS", "IN_PROGRESS"),
                    new DBParam("PAGE_STATUS", "IN_PROGRESS"), new DBParam("PROGRESS_PERCENT", i % 100),
                    new DBParam("PAGE_POSITION", i), new DBParam("ARCHIVED", false), new DBParam("UPDATED_AT", now),
                    new DBParam("AGREEMENT_ID", 0));
            ao.create(ProgressUpdateEntity.class, new DBParam("GOAL_ID", goal.getID()), new DBParam("PLAN_ID", plan.id()),
                    new DBParam("PROGRESS_PERCENT", i % 100), new DBParam("STATUS", "IN_PROGRESS"),
                    new DBParam("AUTHOR_KEY", "key-mia"), new DBParam("CREATED_AT", now), new DBParam("MEETING_PAGE_ID", 0L));
            ao.create(MeetingLinkEntity.class, new DBParam("PLAN_ID", plan.id()), new DBParam("PAGE_ID", 10_000L + i),
                    new DBParam("MEETING_DATE", LocalDate.of(2016, 1, 4).plusWeeks(i).toString()),
                    new DBParam("TITLE", "Meeting " + i), new DBParam("TRASHED", false), new DBParam("UPDATED_AT", now));
            entries.add(ChecklistEntry.written("Item " + i));
        }
        List<String> keys = ChecklistKeys.assign(entries, List.of());
        for (int i = 0; i < rows; i++) {
            ao.create(ChecklistTickEntity.class, new DBParam("PLAN_ID", plan.id()), new DBParam("CHECKLIST_ID", "mentee"),
                    new DBParam("ITEM_KEY", keys.get(i)), new DBParam("TICK_KEY", plan.id() + "/mentee/" + keys.get(i)),
                    new DBParam("DONE", i % 2 == 0), new DBParam("REMOVED", false), new DBParam("POSITION", i),
                    new DBParam("FINGERPRINT", entries.get(i).fingerprint()));
        }
        StringBuilder body = new StringBuilder("<ul>");
        entries.stream().limit(200).forEach(entry -> body.append("<li>").append(entry.text().keyText()).append("</li>"));
        body.append("</ul>");
        return List.of(
                new Use("mentoring-goal", Map.of("goalKey", "g0", "title", "Goal 0"), null, GROWTH_PLAN_PAGE),
                new Use("mentoring-goal-progress", Map.of(), null, GROWTH_PLAN_PAGE),
                new Use("mentoring-checklist", Map.of(), body.toString(), GROWTH_PLAN_PAGE),
                new Use("mentoring-meetings", Map.of(), null, GROWTH_PLAN_PAGE));
    }

    /** Statements per macro, rendered alone in a conversion of its own. */
    private List<Integer> perMacro(List<Use> uses) {
        List<Integer> counts = new ArrayList<>();
        for (Use use : uses) {
            Counted counted = count(List.of(use), "mia");
            assertEquals(counted.html(), 1, counted.macros().size());
            assertTrue(counted.html(), counted.macros().get(0).hasClass("mentoring-macro"));
            counts.add(counted.statements());
        }
        return counts;
    }

    @Test
    public void shouldRenderEachMacroInTheSameFewStatementsForOneAndForFiveHundredRows() {
        List<Integer> one = perMacro(seed(1));
        assertEquals("goal, goal progress, checklist, meetings", List.of(3, 3, 2, 2), one);

        clearThePlansRows();

        assertEquals(one, perMacro(seed(500)));
    }

    private void clearThePlansRows() {
        ao.deleteWithSQL(ProgressUpdateEntity.class, "PLAN_ID = ?", plan.id());
        ao.deleteWithSQL(GoalEntity.class, "PLAN_ID = ?", plan.id());
        ao.deleteWithSQL(MeetingLinkEntity.class, "PLAN_ID = ?", plan.id());
        ao.deleteWithSQL(ChecklistTickEntity.class, "PLAN_ID = ?", plan.id());
    }

    @Test
    public void shouldShowAllFiveHundredRowsWithinTheBudget() {
        List<Use> uses = seed(500);

        Counted progress = count(List.of(uses.get(1)), "mia");
        Counted meetings = count(List.of(uses.get(3)), "mia");

        assertEquals(500, Html.parse(progress.html()).select(".mentoring-goal-progress-item").size());
        assertEquals(500, Html.parse(meetings.html()).select(".mentoring-timeline-item").size());
        assertEquals(3, progress.statements());
        assertEquals(2, meetings.statements());
    }

    @Test
    public void shouldParseThePageOncePerConversionWithoutAnySql() {
        givenAPlanInUse();
        String storage = checklistMacro(null, CHECKLIST_BODY) + checklistMacro("mentor", "<p>Ask</p>")
                + checklistMacro(null, CHECKLIST_BODY);
        Page page = spy(givenBody(GROWTH_PLAN_PAGE, storage));
        confluence.loginAs("mia");

        Counted counted;
        try (StatementCounter.Recording recording = StatementCounter.record()) {
            String html = confluence.render(page, storage, OutputType.DISPLAY, DeviceType.DESKTOP);
            counted = new Counted(recording.count(), recording.statements(), html);
        }

        assertEquals(List.of("mentee", "mentor", "mentee"), counted.macros().stream().map(m -> m.attr("data-checklist-id")).toList());
        assertTrue(counted.html(), counted.macros().stream().allMatch(m -> !m.select(".mentoring-checklist-item").isEmpty()));
        assertEquals("the plan and its checklists: " + counted.sql(), 2, counted.statements());
        verify(page, times(1).description("the macros read the page's storage format once")).getBodyAsString();
    }

    @Test
    public void shouldRenderAPageWithTenMacrosOfOnePlanInFiveStatements() {
        List<Use> four = givenAPlanInUse();
        List<Use> ten = List.of(four.get(0), four.get(1), four.get(2), four.get(3), four.get(0), four.get(1),
                new Use("mentoring-checklist", Map.of("checklistId", "mentor"), "<p>Ask</p>", GROWTH_PLAN_PAGE),
                new Use("mentoring-goal", Map.of("goalKey", "g-lead", "title", "Lead a project"), null,
                        GROWTH_PLAN_PAGE),
                four.get(2), four.get(3));

        Counted counted = count(ten, "mia");

        assertEquals(counted.sql().toString(), 5, counted.statements());
        assertEquals(10, counted.macros().size());
        assertTrue(counted.html(), counted.macros().stream().allMatch(macro -> macro.hasClass("mentoring-macro")));
        assertTrue("rendering never writes: " + counted.sql(),
                counted.sql().stream().allMatch(sql -> sql.strip().toUpperCase(Locale.ROOT).startsWith("SELECT")));
    }
}
