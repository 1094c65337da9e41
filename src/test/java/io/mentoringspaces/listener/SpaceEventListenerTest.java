package io.mentoringspaces.listener;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.event.events.space.SpaceRemoveEvent;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.labels.SpaceLabelManager;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.api.events.SpaceBlueprintCreateEvent;
import com.atlassian.confluence.plugins.createcontent.api.events.SpaceBlueprintHomePageCreateEvent;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.event.api.EventPublisher;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.ao.MeetingLinkEntity;
import io.mentoringspaces.blueprint.BlueprintKeys;
import io.mentoringspaces.blueprint.SpacePermissions;
import io.mentoringspaces.blueprint.SpaceSetup;
import io.mentoringspaces.blueprint.SpaceWizardValidator;
import io.mentoringspaces.blueprint.WizardFields;
import io.mentoringspaces.confluence.TestUser;
import io.mentoringspaces.index.PageIndexer;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.CoordinatorAccess;
import io.mentoringspaces.model.Goal;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.PlanStatus;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.model.ProgrammeInput;
import io.mentoringspaces.testsupport.ConfluenceFixture;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.Fixtures;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.junit.Before;
import org.junit.Test;

/** Spaces created from the Mentoring space blueprint are set up; removed spaces archive their plan. */
public class SpaceEventListenerTest extends DatabaseTest {

    private final ConfluenceFixture confluence = new ConfluenceFixture();
    private final TestUser mia = confluence.user("mia", "Mia Mentee");
    private final EventPublisher publisher = mock(EventPublisher.class);
    private final SpacePermissionManager spacePermissionManager = mock(SpacePermissionManager.class);
    private final SpaceLabelManager spaceLabelManager = mock(SpaceLabelManager.class);
    private final LabelManager labelManager = mock(LabelManager.class);
    private final UserAccessor users = mock(UserAccessor.class);
    private SpaceEventListener listener;
    private Space space;

    /** The fields as the Mentoring space wizard sends them, its blueprint's key among them. */
    private static Map<String, Object> wizard(String... fields) {
        Map<String, Object> context = new HashMap<>(Map.of(WizardFields.SPACE_BLUEPRINT, BlueprintKeys.SPACE_BLUEPRINT));
        for (int i = 0; i < fields.length; i += 2) {
            context.put(fields[i], fields[i + 1]);
        }
        return context;
    }

    @Before
    public void givenConfluence() {
        confluence.user("max", "Max Mentor");
        space = confluence.space("MENT", "Mia\u2019s mentoring");
        when(users.getUserByName(anyString())).thenAnswer(call -> confluence.user(call.<String>getArgument(0)));
        PageIndexer indexer = new PageIndexer(plans, goals, meetings, checklists, confluence.pageManager(), confluence.spaceManager());
        SpaceSetup setup = new SpaceSetup(new SpaceWizardValidator(programmes, users, CLOCK), programmes, plans,
                new SpacePermissions(spacePermissionManager), spaceLabelManager, labelManager, confluence.pageManager(), indexer,
                confluence.i18n());
        listener = new SpaceEventListener(publisher, setup, indexer);
    }

    private void created(Map<String, Object> context) {
        SpaceBlueprintCreateEvent event = mock(SpaceBlueprintCreateEvent.class);
        when(event.getSpace()).thenReturn(space);
        when(event.getCreator()).thenReturn(mia);
        when(event.getContext()).thenReturn(context);
        listener.onSpaceBlueprintCreate(event);
    }

    private void pagesCreated(Map<String, Object> context) {
        SpaceBlueprintHomePageCreateEvent event = mock(SpaceBlueprintHomePageCreateEvent.class);
        when(event.getSpace()).thenReturn(space);
        when(event.getContext()).thenReturn(context);
        listener.onSpaceBlueprintHomePageCreate(event);
    }

    @Test
    public void shouldRegisterWithThePublisherWhenStartedAndUnregisterWhenStopped() {
        listener.register();
        verify(publisher).register(listener);
        listener.unregister();
        verify(publisher).unregister(listener);
    }

    @Test
    public void shouldCreateThePlanCategoryAndPermissionsOfANewMentoringSpace() {
        programmes.create(new ProgrammeInput("grad", "Graduates", null, "grad-coordinators", Cadence.MONTHLY, CoordinatorAccess.VIEW));

        created(wizard("programme", "grad", "mentor", "max", "startDate", "2026-03-02", "cadence", "weekly"));

        GrowthPlan plan = plans.getBySpaceKey("MENT");
        assertEquals(List.of("key-mia", "Mia Mentee", "key-max", "Max Mentor"),
                List.of(plan.menteeKey(), plan.menteeName(), plan.mentorKey(), plan.mentorName()));
        assertEquals(LocalDate.of(2026, 3, 2), plan.startDate());
        assertEquals(Cadence.WEEKLY, plan.cadence());
        assertEquals(programmes.getByKey("grad").id(), plan.programmeId());
        verify(spaceLabelManager).addLabel(space, "grad");
        verify(spacePermissionManager).savePermission(com.atlassian.confluence.security.SpacePermission
                .createGroupSpacePermission("VIEWSPACE", space, "grad-coordinators"));
    }

    @Test
    public void shouldCreateTheDefaultProgrammeOnFirstUse() {
        created(wizard("programme", "default", "mentor", "max"));

        Programme programme = programmes.getByKey("default");
        assertEquals("Mentoring programme", programme.name());
        assertEquals(CoordinatorAccess.METRICS_ONLY, programme.coordinatorAccess());
        assertEquals(programme.id(), plans.getBySpaceKey("MENT").programmeId());
        assertEquals(TODAY, plans.getBySpaceKey("MENT").startDate());
        verify(spaceLabelManager).addLabel(space, "default");
    }

    @Test
    public void shouldCreateNothingWhenTheFieldsAreRefused() {
        created(wizard("programme", "default", "mentor", "mia"));
        created(wizard("programme", "default", "mentor", "max", "startDate", "tomorrow"));

        assertTrue(plans.findBySpaceKey("MENT").isEmpty());
        assertTrue(programmes.findByKey("default").isEmpty());
        verifyNoInteractions(spaceLabelManager, spacePermissionManager);
    }

    @Test
    public void shouldLeaveSpacesOfOtherBlueprintsAlone() {
        created(Map.of("programme", "default", "mentor", "max"));
        pagesCreated(Map.of("programme", "default", "mentor", "max"));
        created(Map.of(WizardFields.SPACE_BLUEPRINT, "com.example:team-space", "programme", "default", "mentor", "max"));

        assertTrue(plans.findBySpaceKey("MENT").isEmpty());
        verifyNoInteractions(spaceLabelManager, spacePermissionManager, labelManager);
    }

    @Test
    public void shouldLabelAndIndexTheGrowthPlanPageOnceThePagesExist() {
        created(wizard("programme", "default", "mentor", "max"));
        Page home = confluence.page(1L, "MENT", "Mia\u2019s mentoring", "<p/>");
        Page growthPlan = confluence.page(2L, "MENT", "Growth plan", Fixtures.read("storage/well-formed.xml"));
        when(confluence.pageManager().getPages(any(Space.class), anyBoolean())).thenReturn(List.of(home, growthPlan));

        pagesCreated(wizard("programme", "default", "mentor", "max"));

        verify(labelManager).addLabel(growthPlan, new Label("mentoring-growth-plan"));
        verify(labelManager, never()).addLabel(home, new Label("mentoring-growth-plan"));
        assertEquals(List.of("public-speaking", "sql"),
                goals.currentGoals(plans.getBySpaceKey("MENT").id()).stream().map(Goal::goalKey).toList());
    }

    @Test
    public void shouldArchiveThePlanOfARemovedSpaceOnceAndKeepWhatIsLinkedToIt() {
        GrowthPlan plan = givenPlan("MENT");
        meetings.link(plan.id(), 101L, TODAY, "2026-03-16 Mentoring meeting");
        SpaceRemoveEvent removed = mock(SpaceRemoveEvent.class);
        when(removed.getSpace()).thenReturn(space);

        listener.onSpaceRemove(removed);
        int revision = ao.get(GrowthPlanEntity.class, plan.id()).getRevision();
        listener.onSpaceRemove(removed);

        assertEquals(PlanStatus.ARCHIVED, plans.getBySpaceKey("MENT").status());
        assertEquals(revision, ao.get(GrowthPlanEntity.class, plan.id()).getRevision());
        MeetingLinkEntity[] links = ao.find(MeetingLinkEntity.class, Query.select());
        assertEquals(1, links.length);
        assertEquals(plan.id(), links[0].getPlanId());
        assertEquals(List.of(TODAY), plans.getBySpaceKey("MENT").figures().meetingDates());
    }
}
