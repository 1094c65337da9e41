package io.mentoringspaces.testsupport;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.mentoringspaces.confluence.VelocityTemplateRenderer;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.CoordinatorAccess;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.NewPlan;
import io.mentoringspaces.model.ProgrammeInput;
import io.mentoringspaces.service.AccessService;
import io.mentoringspaces.service.CadenceCalculator;
import io.mentoringspaces.service.Changes;
import io.mentoringspaces.service.ChecklistService;
import io.mentoringspaces.service.GoalService;
import io.mentoringspaces.service.MeetingService;
import io.mentoringspaces.service.PlanService;
import io.mentoringspaces.service.ProgrammeService;
import io.mentoringspaces.view.ChecklistView;
import io.mentoringspaces.view.GoalStateView;
import io.mentoringspaces.view.MeetingsView;
import io.mentoringspaces.view.ViewSupport;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The services and views the REST tests' resources need, on a real database, a real Velocity engine
 * and the in-memory Confluence of {@link ConfluenceFixture}, with a mentoring space ready: space
 * {@code MENT} with its growth plan (mentee {@code mia}, mentor {@code max}), the growth-plan page 100
 * and users for every kind of access.
 */
public final class MacroHarness {

    public static final String BASE_URL = "https://wiki.example.com";
    public static final String SPACE = "MENT";
    public static final long GROWTH_PLAN_PAGE = 100;
    /** A space that is not a mentoring space, with page 900 in it. */
    public static final String OTHER_SPACE = "OTHER";
    public static final long OTHER_PAGE = 900;

    public final ConfluenceFixture confluence = new ConfluenceFixture();
    public final ProgrammeService programmes;
    public final PlanService plans;
    public final GoalService goals;
    public final ChecklistService checklists;
    public final MeetingService meetings;
    public final AccessService access;
    public final GoalStateView goalState;
    public final ChecklistView checklistView;
    public final MeetingsView meetingsView;

    public MacroHarness(ActiveObjects ao, Clock clock) {
        Changes changes = new Changes(ao);
        programmes = new ProgrammeService(ao, changes, clock);
        plans = new PlanService(ao, changes, clock);
        goals = new GoalService(ao, changes, clock);
        checklists = new ChecklistService(ao, changes, clock);
        meetings = new MeetingService(ao, changes, clock);
        access = new AccessService(confluence.permissionManager(), confluence.spaceManager(), confluence.pageManager(),
                confluence.userManager());
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(any(UrlMode.class))).thenReturn(BASE_URL);
        ViewSupport views = new ViewSupport(new VelocityTemplateRenderer(), confluence.i18n(), application,
                confluence.userManager(), clock);
        goalState = new GoalStateView(views, access);
        checklistView = new ChecklistView(views);
        meetingsView = new MeetingsView(views, new CadenceCalculator(clock), access);
    }

    /**
     * The mentoring space {@code MENT} (start 2026-01-05, weekly) and the space {@code OTHER}, with
     * users: {@code mia} mentee and space admin, {@code max} mentor and editor, {@code eddie} editor,
     * {@code sam} space admin, {@code vera} viewer, {@code olga} without access, {@code ada}
     * Confluence administrator without space permissions.
     */
    public GrowthPlan givenMentoringSpace() {
        givenConfluence();
        programmes.create(new ProgrammeInput("grad", "Graduates", null, "grad-coordinators", Cadence.WEEKLY,
                CoordinatorAccess.METRICS_ONLY));
        return plans.create(new NewPlan(SPACE, "grad", "key-mia", "Mia Mentee", "key-max", "Max Mentor",
                LocalDate.of(2026, 1, 5), Cadence.WEEKLY));
    }

    /** The Confluence part of {@link #givenMentoringSpace()}: users, spaces, permissions and pages. */
    private void givenConfluence() {
        confluence.user("mia", "Mia Mentee");
        confluence.user("max", "Max Mentor");
        confluence.user("eddie", "Eddie Editor");
        confluence.user("sam", "Sam Spaceadmin");
        confluence.user("vera", "Vera Viewer");
        confluence.user("olga", "Olga Outsider");
        confluence.user("ada", "Ada Admin");
        confluence.admin("ada");
        for (String space : List.of(SPACE, OTHER_SPACE)) {
            confluence.space(space, space.equals(SPACE) ? "Mia\u2019s mentoring" : "Other space");
            confluence.spaceAdmin(space, "mia");
            confluence.editor(space, "max");
            confluence.editor(space, "eddie");
            confluence.spaceAdmin(space, "sam");
            confluence.viewer(space, "vera");
        }
        confluence.page(GROWTH_PLAN_PAGE, SPACE, "Growth plan", "");
        confluence.page(OTHER_PAGE, OTHER_SPACE, "Not mentoring", "");
    }
}
