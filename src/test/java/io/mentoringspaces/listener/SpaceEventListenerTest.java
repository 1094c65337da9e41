package io.mentoringspaces.listener;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.spaces.Space;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.ao.MeetingLinkEntity;
import io.mentoringspaces.blueprint.BlueprintKeys;
import io.mentoringspaces.blueprint.WizardFields;
import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.confluence.EventRecorder;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.CoordinatorAccess;
import io.mentoringspaces.model.Goal;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.model.PlanStatus;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.model.ProgrammeInput;
import io.mentoringspaces.testsupport.DatabaseTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Spaces created from the Mentoring space blueprint by the test Confluence's create-content plugin
 * are set up; removed spaces archive their plan and keep its figures. The app runs in the test
 * Confluence as Confluence starts it, on the real database.
 */
public class SpaceEventListenerTest extends DatabaseTest {

    private static final String NAME = "Mia\u2019s mentoring";

    private final EventRecorder recorder = new EventRecorder();
    private ConfluenceDouble confluence;

    @Before
    public void givenConfluence() {
        confluence = new ConfluenceDouble(CLOCK);
        confluence.startApp(ao);
        confluence.user("mia", "Mia Mentee");
        confluence.user("max", "Max Mentor");
        confluence.user("carol", "Carol Coordinator");
        confluence.user("otto", "Otto Outsider");
        confluence.group("grad-coordinators", "carol");
        confluence.events().register(recorder);
        confluence.loginAs("mia");
    }

    @After
    public void stopConfluence() {
        confluence.loginAs(null);
        confluence.close();
    }

    /** The fields as the Mentoring space wizard sends them, its blueprint's key among them. */
    private static Map<String, Object> wizard(String... fields) {
        Map<String, Object> context = new HashMap<>(Map.of(WizardFields.SPACE_BLUEPRINT, BlueprintKeys.SPACE_BLUEPRINT));
        for (int i = 0; i < fields.length; i += 2) {
            context.put(fields[i], fields[i + 1]);
        }
        return context;
    }

    /** Mia creates space {@code key} from the Mentoring space blueprint with these wizard fields. */
    private Space created(String key, Map<String, Object> fields) {
        return confluence.createContent().createSpace(BlueprintKeys.SPACE_BLUEPRINT, key, NAME, fields);
    }

    /** Who holds which permission of the space: "TYPE user:name", "TYPE group:name". */
    private List<String> permissions(String spaceKey) {
        return confluence.space(spaceKey).getPermissions().stream()
                .map(p -> p.getType() + (p.isUserPermission() ? " user:" + p.getUserSubject().getName() : " group:" + p.getGroup()))
                .sorted().toList();
    }

    private List<String> allowed(Permission permission, String spaceKey) {
        PermissionManager manager = confluence.service(PermissionManager.class);
        return confluence.users().stream().filter(u -> manager.hasPermission(u, permission, confluence.space(spaceKey)))
                .map(u -> u.getName()).toList();
    }

    @SuppressWarnings("deprecation")
    private Page page(String spaceKey, String title) {
        return confluence.service(PageManager.class).getPage(spaceKey, title);
    }

    @Test
    public void shouldSetUpMentoringSpacesWhileTheAppIsStartedAndNoLongerOnceItIsStopped() {
        created("MENT", wizard("programme", "default", "mentor", "max"));
        assertTrue(plans.findBySpaceKey("MENT").isPresent());

        confluence.app().close();
        created("NEXT", wizard("programme", "default", "mentor", "max"));

        assertTrue(plans.findBySpaceKey("NEXT").isEmpty());
    }

    @Test
    public void shouldCreateThePlanCategoryAndPermissionsOfANewMentoringSpace() {
        programmes.create(new ProgrammeInput("grad", "Graduates", null, "grad-coordinators", Cadence.MONTHLY, CoordinatorAccess.VIEW));

        created("MENT", wizard("programme", "grad", "mentor", "max", "startDate", "2026-03-02", "cadence", "weekly"));

        GrowthPlan plan = plans.getBySpaceKey("MENT");
        assertEquals(List.of("key-mia", "Mia Mentee", "key-max", "Max Mentor"),
                List.of(plan.menteeKey(), plan.menteeName(), plan.mentorKey(), plan.mentorName()));
        assertEquals(LocalDate.of(2026, 3, 2), plan.startDate());
        assertEquals(Cadence.WEEKLY, plan.cadence());
        assertEquals(programmes.getByKey("grad").id(), plan.programmeId());
        assertEquals(List.of("grad"), confluence.categories("MENT"));
        assertEquals(List.of("mia", "max", "carol"), allowed(Permission.VIEW, "MENT"));
        assertEquals(List.of("mia"), allowed(Permission.ADMINISTER, "MENT"));
        assertTrue(permissions("MENT").contains(SpacePermission.VIEWSPACE_PERMISSION + " group:grad-coordinators"));
        assertEquals(List.of(), confluence.events().failures());
    }

    @Test
    public void shouldLetOnlyThePairInWhenTheProgrammeShowsCoordinatorsFiguresOnly() {
        programmes.create(new ProgrammeInput("grad", "Graduates", null, "grad-coordinators", Cadence.MONTHLY,
                CoordinatorAccess.METRICS_ONLY));

        created("MENT", wizard("programme", "grad", "mentor", "max"));

        assertEquals(List.of("mia", "max"), allowed(Permission.VIEW, "MENT"));
    }

    @Test
    public void shouldCreateTheDefaultProgrammeOnFirstUse() {
        created("MENT", wizard("programme", "default", "mentor", "max"));

        Programme programme = programmes.getByKey("default");
        assertEquals("Mentoring programme", programme.name());
        assertEquals(CoordinatorAccess.METRICS_ONLY, programme.coordinatorAccess());
        assertEquals(programme.id(), plans.getBySpaceKey("MENT").programmeId());
        assertEquals(TODAY, plans.getBySpaceKey("MENT").startDate());
        assertEquals(List.of("default"), confluence.categories("MENT"));
    }

    @Test
    public void shouldLeaveTheSpaceAsConfluenceMadeItWhenTheFieldsAreRefused() {
        created("MENT", wizard("programme", "default", "mentor", "mia"));
        created("NEXT", wizard("programme", "default", "mentor", "max", "startDate", "tomorrow"));

        for (String key : List.of("MENT", "NEXT")) {
            assertTrue(plans.findBySpaceKey(key).isEmpty());
            assertEquals(List.of(), confluence.categories(key));
            assertTrue(permissions(key).toString(), permissions(key).stream().allMatch(p -> p.endsWith(" user:mia")));
        }
        assertTrue(programmes.findByKey("default").isEmpty());
    }

    @Test
    public void shouldLeaveSpacesOfOtherBlueprintsAlone() {
        Map<String, Object> other = new HashMap<>(Map.of("programme", "default", "mentor", "max"));
        created("MENT", other);
        other.put(WizardFields.SPACE_BLUEPRINT, "com.example:team-space");
        created("TEAM", other);

        for (String key : List.of("MENT", "TEAM")) {
            assertTrue(plans.findBySpaceKey(key).isEmpty());
            assertEquals(List.of(), confluence.categories(key));
            assertEquals(List.of(), page(key, "Growth plan").getLabels());
        }
    }

    @Test
    public void shouldLabelAndIndexTheGrowthPlanPageOnceThePagesExist() {
        Space space = created("MENT", wizard("programme", "default", "mentor", "max", "objectives", "Speak at a meetup\nLearn SQL"));

        assertEquals(List.of(new Label("mentoring-growth-plan")), page("MENT", "Growth plan").getLabels());
        assertEquals(List.of(), space.getHomePage().getLabels());
        assertEquals(List.of("Speak at a meetup", "Learn SQL"),
                goals.currentGoals(plans.getBySpaceKey("MENT").id()).stream().map(Goal::title).toList());
    }

    @Test
    public void shouldArchiveThePlanOfARemovedSpaceOnceAndKeepItsMeetingsAndFigures() {
        Space space = created("MENT", wizard("programme", "default", "mentor", "max", "startDate", "2026-02-23"));
        Page meetingsPage = page("MENT", "Meetings");
        for (String date : List.of("2026-03-02", "2026-03-09")) {
            confluence.createContent().createPage(BlueprintKeys.MEETING_BLUEPRINT, space, meetingsPage,
                    Map.of(WizardFields.MEETING_DATE, date));
        }
        GrowthPlan plan = plans.getBySpaceKey("MENT");
        List<LocalDate> held = List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9));
        assertEquals(held, plan.figures().meetingDates());
        recorder.clear();

        confluence.editor().removeSpace("MENT");
        int revision = ao.get(GrowthPlanEntity.class, plan.id()).getRevision();
        recorder.received().forEach(confluence.events()::publish);

        GrowthPlan ended = plans.getBySpaceKey("MENT");
        assertEquals(PlanStatus.ARCHIVED, ended.status());
        assertEquals(revision, ao.get(GrowthPlanEntity.class, plan.id()).getRevision());
        assertEquals(held, ended.figures().meetingDates());
        assertEquals(held, meetings.meetings(plan.id()).stream().map(MeetingLink::meetingDate).toList());
        assertEquals(2, ao.count(MeetingLinkEntity.class, Query.select()));
        assertEquals(List.of(), confluence.events().failures());
    }

    @Test
    public void shouldKeepTheEndedPairsFiguresWhenANewMentoringSpaceTakesTheRemovedSpacesKey() {
        Space space = created("MENT", wizard("programme", "default", "mentor", "max", "startDate", "2026-02-23"));
        confluence.createContent().createPage(BlueprintKeys.MEETING_BLUEPRINT, space, null,
                Map.of(WizardFields.MEETING_DATE, "2026-03-02"));
        int ended = plans.getBySpaceKey("MENT").id();
        confluence.editor().removeSpace("MENT");

        created("MENT", wizard("programme", "default", "mentor", "max"));

        GrowthPlan current = plans.getBySpaceKey("MENT");
        assertEquals("its mentor is invited", PlanStatus.INVITED, current.status());
        assertEquals(List.of(), current.figures().meetingDates());
        GrowthPlan old = plans.findById(ended).orElseThrow();
        assertEquals("MENT~" + ended, old.spaceKey());
        assertEquals(PlanStatus.ARCHIVED, old.status());
        assertEquals(List.of(LocalDate.of(2026, 3, 2)), old.figures().meetingDates());
    }
}
