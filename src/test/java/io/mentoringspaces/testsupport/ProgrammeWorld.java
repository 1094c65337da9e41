package io.mentoringspaces.testsupport;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.user.Group;
import io.mentoringspaces.ao.ChecklistTickEntity;
import io.mentoringspaces.ao.GoalEntity;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.ao.MeetingLinkEntity;
import io.mentoringspaces.ao.MentorAgreementEntity;
import io.mentoringspaces.ao.ProgrammeEntity;
import io.mentoringspaces.ao.ProgressUpdateEntity;
import io.mentoringspaces.confluence.VelocityTemplateRenderer;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.PlanStatus;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.rest.RestResponses;
import io.mentoringspaces.service.AccessService;
import io.mentoringspaces.service.CadenceCalculator;
import io.mentoringspaces.service.ProgrammeAccessService;
import io.mentoringspaces.service.ProgrammeAdminService;
import io.mentoringspaces.service.ProgrammeReportService;
import io.mentoringspaces.service.ProgrammeService;
import io.mentoringspaces.view.PairsViews;
import java.net.URI;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.java.ao.DBParam;
import net.java.ao.RawEntity;

/**
 * The people and services around programmes in tests: a Confluence administrator ({@code admin}),
 * the coordinators of programme {@code grad} ({@code carol}, group {@code coordinators-grad}) and
 * of programme {@code other} ({@code olga}, group {@code coordinators-other}), and a user who
 * coordinates nothing ({@code nina}); the app's coordinator services wired on the real database.
 */
public final class ProgrammeWorld {

    public final ConfluenceFixture confluence = new ConfluenceFixture();
    public final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();
    public final UserAccessor userAccessor = mock(UserAccessor.class);
    public final LoginUriProvider loginUriProvider = mock(LoginUriProvider.class);
    public final AccessService access;
    public final ProgrammeService programmes;
    public final ProgrammeAccessService programmeAccess;
    public final ProgrammeAdminService programmeAdmin;
    public final ProgrammeReportService reports;
    public final PairsViews views;
    public final RestResponses responses;

    private final Set<String> groups = ConcurrentHashMap.newKeySet();

    public ProgrammeWorld(TestActiveObjects ao, ProgrammeService programmes, CadenceCalculator cadence) {
        this.programmes = programmes;
        access = new AccessService(confluence.permissionManager(), confluence.spaceManager(), confluence.pageManager(),
                confluence.userManager());
        programmeAccess = new ProgrammeAccessService(programmes, access);
        programmeAdmin = new ProgrammeAdminService(programmes, userAccessor);
        reports = new ProgrammeReportService(ao, cadence);
        views = new PairsViews(confluence.i18n(), renderer);
        responses = new RestResponses(confluence.i18n());
        when(userAccessor.getGroup(anyString())).thenAnswer(call -> groups.contains(call.<String>getArgument(0))
                ? mock(Group.class) : null);
        when(loginUriProvider.getLoginUri(org.mockito.ArgumentMatchers.any(URI.class))).thenAnswer(call ->
                URI.create("http://confluence.test/login.action?os_destination="
                        + java.net.URLEncoder.encode(call.getArgument(0).toString(), java.nio.charset.StandardCharsets.UTF_8)));
        confluence.user("admin", "Ada Admin");
        confluence.admin("admin");
        confluence.user("carol", "Carol Coordinator");
        confluence.user("olga", "Olga Other");
        confluence.user("nina", "Nina Nobody");
        group("coordinators-grad", "carol");
        group("coordinators-other", "olga");
        group("confluence-users", "admin", "carol", "olga", "nina");
    }

    /** A pair's plan row with the given names and figures, written as the services leave it. */
    public static void givenPair(TestActiveObjects ao, Programme programme, String space, String mentee, String mentor,
            String start, Cadence agreed, PlanStatus status, int achieved, int goals, int progressSum, int done, int items,
            String... meetingDates) {
        ao.create(GrowthPlanEntity.class, new DBParam("SPACE_KEY", space), new DBParam("PROGRAMME_ID", programme.id()),
                new DBParam("MENTEE_KEY", "mentee-of-" + space), new DBParam("MENTOR_KEY", "mentor-of-" + space),
                new DBParam("MENTEE_NAME", mentee), new DBParam("MENTOR_NAME", mentor), new DBParam("START_DATE", start),
                new DBParam("CADENCE", agreed.name()), new DBParam("STATUS", status.name()), new DBParam("CREATED_AT", new Date()),
                new DBParam("REVISION", 0), new DBParam("GOALS_TOTAL", goals), new DBParam("GOALS_ACHIEVED", achieved),
                new DBParam("PROGRESS_SUM", progressSum), new DBParam("CHECKLIST_ITEMS", items),
                new DBParam("CHECKLIST_DONE", done), new DBParam("MEETING_DATES", String.join(",", meetingDates)));
    }

    /**
     * Three pairs of the programme (on 2026-03-16) whose order differs between columns: A-SPACE stalled
     * since January, B-SPACE on track, C-SPACE at risk without any meeting yet.
     */
    public static void givenThreePairs(TestActiveObjects ao, Programme programme) {
        givenPair(ao, programme, "A-SPACE", "Cleo", "Ben", "2026-01-05", Cadence.WEEKLY, PlanStatus.ACTIVE, 0, 1, 10, 9, 10,
                "2026-01-05");
        givenPair(ao, programme, "B-SPACE", "anna", "Cy", "2026-03-09", Cadence.MONTHLY, PlanStatus.ACTIVE, 2, 2, 200, 0, 10,
                "2026-03-09");
        givenPair(ao, programme, "C-SPACE", "Bert", "ada", "2026-03-02", Cadence.FORTNIGHTLY, PlanStatus.ACTIVE, 1, 3, 150, 5,
                10);
    }

    /**
     * Empties the app's tables. Tests that serve HTTP run without the runner's transaction (the
     * server's threads use their own connections, which see committed rows only) and clean up with this.
     */
    public static void deleteAllRows(TestActiveObjects ao) {
        for (Class<? extends RawEntity<Integer>> table : List.of(MeetingLinkEntity.class, ChecklistTickEntity.class,
                ProgressUpdateEntity.class, MentorAgreementEntity.class, GoalEntity.class, GrowthPlanEntity.class,
                ProgrammeEntity.class)) {
            ao.deleteWithSQL(table, "ID > ?", 0);
        }
    }

    /** A Confluence group that exists, with its members. */
    public void group(String name, String... members) {
        groups.add(name);
        confluence.group(name, members);
    }
}
