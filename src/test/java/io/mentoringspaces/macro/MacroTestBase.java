package io.mentoringspaces.macro;

import com.atlassian.confluence.pages.Page;
import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.confluence.DeviceType;
import io.mentoringspaces.confluence.OutputType;
import io.mentoringspaces.confluence.Storage;
import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.ChecklistKeys;
import io.mentoringspaces.model.GoalDefinition;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.storage.StorageFormatException;
import io.mentoringspaces.storage.StorageReader;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.Fixtures;
import io.mentoringspaces.testsupport.MentoringSpace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;

/**
 * Macros on pages of the test Confluence, the app started in it as Confluence starts it, on a real
 * database, in the mentoring space of {@link MentoringSpace}.
 */
public abstract class MacroTestBase extends DatabaseTest {

    protected static final String SPACE = MentoringSpace.SPACE;
    protected static final long GROWTH_PLAN_PAGE = MentoringSpace.GROWTH_PLAN_PAGE;
    protected static final long OTHER_PAGE = MentoringSpace.OTHER_PAGE;
    /** Output types other than display: every one of them renders static HTML. */
    protected static final List<OutputType> STATIC_OUTPUT_TYPES = Arrays.stream(OutputType.values())
            .filter(type -> type != OutputType.DISPLAY).toList();

    protected ConfluenceDouble confluence;
    protected GrowthPlan plan;
    private final List<GoalDefinition> indexed = new ArrayList<>();

    @Before
    public final void givenAMentoringSpace() {
        confluence = new ConfluenceDouble(CLOCK);
        confluence.startApp(ao);
        MentoringSpace.givenConfluence(confluence);
        plan = MentoringSpace.givenPlan(ao, programmes, plans);
    }

    @After
    public final void stopConfluence() {
        confluence.loginAs(null);
        confluence.close();
    }

    /** Adds a goal to the plan's goal index, after those added before. */
    protected void givenGoal(String key, String title, String target, LocalDate due, GoalStatus status) {
        indexed.add(new GoalDefinition(key, title, target, due, status));
        goals.replaceGoalIndex(plan.id(), indexed);
    }

    /**
     * A meeting page of the space, linked to the plan: held, as its mentee confirmed, when dated today
     * or earlier, else planned.
     */
    protected void givenMeeting(long pageId, LocalDate date) {
        String title = date + " Mentoring meeting";
        confluence.page(pageId, SPACE, null, title, "");
        if (date.isAfter(TODAY)) {
            meetings.link(plan.id(), pageId, date, title);
        } else {
            givenHeldMeeting(plan, pageId, date, title);
        }
    }

    /** One macro as a page uses it: its name, parameters and rich-text body (storage format, or null for none). */
    protected record Use(String name, Map<String, String> parameters, String body, long pageId) {

        String storage() {
            return Storage.macro(name, parameters, body);
        }
    }

    protected static final String CHECKLIST_BODY = "<ul><li>Write the plan</li><li>Book a room</li></ul>";

    /**
     * Saves the page with these checklist macros on it and returns the entries of the first, read from
     * the page as the macro, the REST API and the page index read them.
     */
    protected List<ChecklistEntry> givenChecklistsOnPage(long pageId, String... checklistMacros) {
        Page page = givenBody(pageId, "<p>Intro</p>" + String.join("<p>Between</p>", checklistMacros));
        try {
            return StorageReader.read(page.getBodyAsString()).checklists().values().iterator().next();
        } catch (StorageFormatException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A checklist macro in storage format as the editor saves it: its checklist id (null: none) and the
     * storage format of its rich-text body (null: none).
     */
    protected static String checklistMacro(String checklistId, String body) {
        return Storage.macro("mentoring-checklist", checklistId == null ? Map.of() : Map.of("checklistId", checklistId), body);
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
        goals.recordProgress(plan.id(), "g-speak", 40, GoalStatus.IN_PROGRESS, "Abstract drafted", "key-mia", 200);
        goals.recordAgreement(plan.id(), "g-lead", "key-max");
        List<ChecklistEntry> items = givenChecklistsOnPage(GROWTH_PLAN_PAGE, checklistMacro(null, CHECKLIST_BODY),
                checklistMacro("mentor", "<p>Ask</p>"));
        checklists.tick(plan.id(), "mentee", items, ChecklistKeys.assign(items, List.of()).get(1), true, "key-mia");
        return List.of(
                new Use("mentoring-goal", Map.of("goalKey", "g-speak", "title", "Speak at a meetup", "target", "One talk",
                        "dueDate", "2026-03-01", "status", "in-progress"), "<p>Steps</p>", GROWTH_PLAN_PAGE),
                new Use("mentoring-goal-progress", Map.of(), null, 200),
                new Use("mentoring-checklist", Map.of(), CHECKLIST_BODY, GROWTH_PLAN_PAGE),
                new Use("mentoring-meetings", Map.of(), null, GROWTH_PLAN_PAGE),
                new Use("mentoring-feedback", Map.of("side", "mentee"), "<p>Clear next steps</p>", 200),
                new Use("mentoring-feedback-log", Map.of(), null, GROWTH_PLAN_PAGE));
    }

    /** The page as saved, rendered for the user (null: anonymous) in the output type. */
    protected String renderSaved(long pageId, String user, OutputType outputType) {
        confluence.loginAs(user);
        return confluence.render(pageId, outputType, DeviceType.DESKTOP);
    }

    /** Puts {@code storage} on the page, as a new page body (without events). */
    protected Page givenBody(long pageId, String storage) {
        Page page = confluence.page(pageId);
        page.setBodyAsString(storage);
        return page;
    }

    /** The page, holding only the use's macro, rendered for the user (null: anonymous). */
    protected String render(Use use, String user, OutputType outputType, DeviceType deviceType) {
        givenBody(use.pageId(), use.storage());
        confluence.loginAs(user);
        return confluence.render(use.pageId(), outputType, deviceType);
    }

    protected String render(Use use, String user, OutputType outputType) {
        return render(use, user, outputType, DeviceType.DESKTOP);
    }

    /** The page holding only this macro, rendered for the user (null: anonymous) in the output type. */
    protected String render(String macro, Map<String, String> parameters, String body, long pageId, String user,
            OutputType outputType) {
        return render(new Use(macro, parameters, body, pageId), user, outputType);
    }

    protected String render(String macro, Map<String, String> parameters, String body, long pageId, String user) {
        return render(macro, parameters, body, pageId, user, OutputType.DISPLAY);
    }

    protected static String fixture(String name) {
        return Fixtures.read("macro/" + name);
    }
}
