package io.mentoringspaces.testsupport;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.CoordinatorAccess;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.NewPlan;
import io.mentoringspaces.model.ProgrammeInput;
import io.mentoringspaces.service.PlanService;
import io.mentoringspaces.service.ProgrammeService;
import java.time.LocalDate;
import java.util.List;

/**
 * The mentoring space the macro tests and benchmarks render in: space {@code MENT} with its growth-plan
 * page 100, the space {@code OTHER} (not a mentoring space) with page 900, and users for every kind of
 * access: {@code mia} mentee and space admin, {@code max} mentor and editor, {@code eddie} editor,
 * {@code sam} space admin, {@code vera} viewer, {@code olga} without access, {@code ada} Confluence
 * administrator without space permissions. The plan: programme {@code grad}, start 2026-01-05, weekly.
 */
public final class MentoringSpace {

    public static final String SPACE = "MENT";
    public static final String OTHER_SPACE = "OTHER";
    public static final long GROWTH_PLAN_PAGE = 100;
    /** A page of a space that is not a mentoring space. */
    public static final long OTHER_PAGE = 900;

    private MentoringSpace() {
    }

    /** The users, spaces, permissions and pages in Confluence. */
    public static void givenConfluence(ConfluenceDouble confluence) {
        for (String[] user : new String[][] {{"mia", "Mia Mentee"}, {"max", "Max Mentor"}, {"eddie", "Eddie Editor"},
                {"sam", "Sam Spaceadmin"}, {"vera", "Vera Viewer"}, {"olga", "Olga Outsider"}, {"ada", "Ada Admin"}}) {
            confluence.user(user[0], user[1]);
        }
        confluence.administrator("ada");
        for (String space : List.of(SPACE, OTHER_SPACE)) {
            confluence.space(space, space.equals(SPACE) ? "Mia\u2019s mentoring" : "Other space");
            confluence.spaceAdmin(space, "mia");
            confluence.editor(space, "max");
            confluence.editor(space, "eddie");
            confluence.spaceAdmin(space, "sam");
            confluence.viewer(space, "vera");
        }
        confluence.page(GROWTH_PLAN_PAGE, SPACE, null, "Growth plan", "");
        confluence.page(OTHER_PAGE, OTHER_SPACE, null, "Not mentoring", "");
    }

    /** The programme and the space's growth plan in the app's tables. */
    public static GrowthPlan givenPlan(ActiveObjects ao, ProgrammeService programmes, PlanService plans) {
        programmes.create(new ProgrammeInput("grad", "Graduates", null, "grad-coordinators", Cadence.WEEKLY,
                CoordinatorAccess.METRICS_ONLY));
        GrowthPlan plan = plans.create(new NewPlan(SPACE, "grad", "key-mia", "Mia Mentee", "key-max", "Max Mentor",
                LocalDate.of(2026, 1, 5), Cadence.WEEKLY));
        return PlanRows.activeSinceStart(ao, plans, plan);
    }
}
