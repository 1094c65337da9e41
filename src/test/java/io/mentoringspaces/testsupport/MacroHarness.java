package io.mentoringspaces.testsupport;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.pages.Page;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import io.mentoringspaces.macro.ChecklistMacro;

import io.mentoringspaces.macro.GoalMacro;
import io.mentoringspaces.macro.GoalProgressMacro;

import io.mentoringspaces.macro.MacroData;
import io.mentoringspaces.macro.MacroSupport;
import io.mentoringspaces.macro.MeetingsMacro;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The app's macros as Confluence would create them, on a real database, a real Velocity engine and
 * the in-memory Confluence of {@link ConfluenceFixture}, with a mentoring space ready to render in:
 * space {@code MENT} with its growth plan (mentee {@code mia}, mentor {@code max}), the growth-plan
 * page 100 and users for every kind of access.
 */
public final class MacroHarness {

    public static final String BASE_URL = "https://wiki.example.com";
    public static final String SPACE = "MENT";
    public static final long GROWTH_PLAN_PAGE = 100;
    /** A space that is not a mentoring space, with page 900 in it. */
    public static final String OTHER_SPACE = "OTHER";
    public static final long OTHER_PAGE = 900;

    /** Output types other than display: every one of them renders static HTML. */
    public static final List<String> STATIC_OUTPUT_TYPES = List.of("preview", "pdf", "word", "html_export", "email", "feed",
            "diff");

    public final ConfluenceFixture confluence = new ConfluenceFixture();
    public final List<String> requiredResources = new ArrayList<>();
    public final ProgrammeService programmes;
    public final PlanService plans;
    public final GoalService goals;
    public final ChecklistService checklists;
    public final MeetingService meetings;
    public final AccessService access;
    public final MacroSupport support;
    public final ViewSupport views;
    public final MacroData data;
    public final GoalStateView goalState;
    public final ChecklistView checklistView;
    public final MeetingsView meetingsView;
    public final GoalMacro goalMacro;
    public final GoalProgressMacro goalProgressMacro;
    public final ChecklistMacro checklistMacro;
    public final MeetingsMacro meetingsMacro;

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
        support = new MacroSupport(pageBuilder(), access);
        views = new ViewSupport(new VelocityRenderer(), confluence.i18n(), application, confluence.userManager(), clock);
        data = new MacroData(plans, goals, checklists, meetings);
        goalState = new GoalStateView(views, access);
        checklistView = new ChecklistView(views);
        meetingsView = new MeetingsView(views, new CadenceCalculator(clock), access);
        goalMacro = new GoalMacro(support, views, data, goalState);
        goalProgressMacro = new GoalProgressMacro(support, views, data, goalState);
        checklistMacro = new ChecklistMacro(support, views, data, checklistView);
        meetingsMacro = new MeetingsMacro(support, views, data, meetingsView);
    }

    private PageBuilderService pageBuilder() {
        RequiredResources resources = mock(RequiredResources.class);
        when(resources.requireWebResource(anyString())).thenAnswer(call -> {
            requiredResources.add(call.getArgument(0));
            return resources;
        });
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        when(assembler.resources()).thenReturn(resources);
        PageBuilderService pageBuilder = mock(PageBuilderService.class);
        when(pageBuilder.assembler()).thenReturn(assembler);
        return pageBuilder;
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
    public void givenConfluence() {
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

    /** Saves the storage format as the page's body. */
    public void givenPageBody(long pageId, String storage) {
        confluence.content(pageId).setBodyAsString(storage);
    }

    /**
     * A checklist macro in storage format as the editor saves it: its checklist id (null: none) and the
     * storage format of its rich-text body (null: none).
     */
    public static String checklistMacro(String checklistId, String body) {
        return "<ac:structured-macro ac:name=\"mentoring-checklist\" ac:schema-version=\"1\">"
                + (checklistId == null ? "" : "<ac:parameter ac:name=\"checklistId\">" + checklistId + "</ac:parameter>")
                + (body == null ? "" : "<ac:rich-text-body>" + body + "</ac:rich-text-body>")
                + "</ac:structured-macro>";
    }

    /** A conversion of the page for the given output type on a desktop browser. */
    public ConversionContext context(long pageId, String outputType) {
        return context(confluence.content(pageId), outputType, "desktop");
    }

    /** A display conversion of the page. */
    public ConversionContext context(long pageId) {
        return context(pageId, "display");
    }

    public ConversionContext context(ContentEntityObject entity, String outputType, String deviceType) {
        Map<String, Object> properties = new HashMap<>();
        ConversionContext context = mock(ConversionContext.class);
        when(context.getOutputType()).thenReturn(outputType);
        when(context.getOutputDeviceType()).thenReturn(deviceType);
        when(context.getEntity()).thenReturn(entity);
        String spaceKey = entity instanceof Page page ? page.getSpaceKey() : SPACE;
        when(context.getSpaceKey()).thenReturn(spaceKey);
        when(context.getProperty(anyString())).thenAnswer(call -> properties.get(call.<String>getArgument(0)));
        org.mockito.Mockito.doAnswer(call -> properties.put(call.getArgument(0), call.getArgument(1)))
                .when(context).setProperty(anyString(), any());
        return context;
    }
}
