package io.mentoringspaces.macro;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.ChecklistKeys;
import io.mentoringspaces.model.GoalDefinition;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.storage.StorageFormatException;
import io.mentoringspaces.storage.StorageReader;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.Fixtures;
import io.mentoringspaces.testsupport.MacroHarness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;

/** Macros rendered on a real database in the mentoring space of {@link MacroHarness}. */
public abstract class MacroTestBase extends DatabaseTest {

    protected static final long GROWTH_PLAN_PAGE = MacroHarness.GROWTH_PLAN_PAGE;

    protected MacroHarness h;
    protected GrowthPlan plan;
    private final List<GoalDefinition> indexed = new ArrayList<>();

    @Before
    public final void givenAMentoringSpace() {
        h = new MacroHarness(ao, CLOCK);
        plan = h.givenMentoringSpace();
    }

    @After
    public final void logOut() {
        h.confluence.loginAs(null);
    }

    /** Adds a goal to the plan's goal index, after those added before. */
    protected void givenGoal(String key, String title, String target, LocalDate due, GoalStatus status) {
        indexed.add(new GoalDefinition(key, title, target, due, status));
        h.goals.replaceGoalIndex(plan.id(), indexed);
    }

    /** A meeting page of the space, linked to the plan. */
    protected void givenMeeting(long pageId, LocalDate date) {
        String title = date + " Mentoring meeting";
        h.confluence.page(pageId, MacroHarness.SPACE, title, "");
        h.meetings.link(plan.id(), pageId, date, title);
    }

    /** One macro as a page uses it. */
    protected record Use(String name, Macro macro, Map<String, String> parameters, String body, long pageId) {
    }

    protected static final String CHECKLIST_BODY = "<ul><li>Write the plan</li><li>Book a room</li></ul>";

    /**
     * Saves the page with these checklist macros on it and returns the entries of the first, read from
     * the page as the macro, the REST API and the page index read them.
     */
    protected List<ChecklistEntry> givenChecklistsOnPage(long pageId, String... checklistMacros) {
        h.givenPageBody(pageId, "<p>Intro</p>" + String.join("<p>Between</p>", checklistMacros));
        try {
            return StorageReader.read(h.confluence.content(pageId).getBodyAsString()).checklists().values().iterator().next();
        } catch (StorageFormatException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A plan with something in every table: two goals with progress (one update made in meeting 200)
     * and an agreement, a ticked checklist item on the growth-plan page's checklist, two meetings.
     * Returns one use of each macro.
     */
    protected List<Use> givenAPlanInUse() {
        givenMeeting(200, LocalDate.of(2026, 3, 9));
        givenMeeting(201, LocalDate.of(2026, 3, 2));
        givenGoal("g-speak", "Speak at a meetup", "One talk", LocalDate.of(2026, 3, 1), GoalStatus.IN_PROGRESS);
        givenGoal("g-lead", "Lead a project", null, null, GoalStatus.NOT_STARTED);
        h.goals.recordProgress(plan.id(), "g-speak", 40, GoalStatus.IN_PROGRESS, "Abstract drafted", "key-mia", 200);
        h.goals.recordAgreement(plan.id(), "g-lead", "key-max");
        List<ChecklistEntry> items = givenChecklistsOnPage(GROWTH_PLAN_PAGE, MacroHarness.checklistMacro(null, CHECKLIST_BODY),
                MacroHarness.checklistMacro("mentor", "<p>Ask</p>"));
        h.checklists.tick(plan.id(), "mentee", items, ChecklistKeys.assign(items, List.of()).get(1), true, "key-mia");
        return List.of(
                new Use("mentoring-goal", h.goalMacro, Map.of("goalKey", "g-speak", "title", "Speak at a meetup",
                        "target", "One talk", "dueDate", "2026-03-01", "status", "in-progress"), "<p>Steps</p>", GROWTH_PLAN_PAGE),
                new Use("mentoring-goal-progress", h.goalProgressMacro, Map.of(), null, 200),
                new Use("mentoring-checklist", h.checklistMacro, Map.of(), CHECKLIST_BODY, GROWTH_PLAN_PAGE),
                new Use("mentoring-meetings", h.meetingsMacro, Map.of(), null, GROWTH_PLAN_PAGE));
    }

    protected String render(Use use, String user, String outputType) {
        return render(use.macro(), use.parameters(), use.body(), use.pageId(), user, outputType);
    }

    /** The macro rendered on the page for the user (null: anonymous), in the output type. */
    protected String render(Macro macro, Map<String, String> parameters, String body, long pageId, String user,
            String outputType) {
        h.confluence.loginAs(user);
        try {
            return macro.execute(parameters, body, h.context(pageId, outputType));
        } catch (MacroExecutionException e) {
            throw new AssertionError("the app's macros never throw", e);
        }
    }

    protected String render(Macro macro, Map<String, String> parameters, String body, long pageId, String user) {
        return render(macro, parameters, body, pageId, user, "display");
    }

    protected static String fixture(String name) {
        return Fixtures.read("macro/" + name);
    }
}
