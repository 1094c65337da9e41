package io.mentoringspaces.view;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.fasterxml.jackson.databind.JsonNode;
import io.mentoringspaces.blueprint.BlueprintKeys;
import io.mentoringspaces.blueprint.WizardFields;
import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.confluence.DeviceType;
import io.mentoringspaces.confluence.OutputType;
import io.mentoringspaces.confluence.WebServer;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.CoordinatorAccess;
import io.mentoringspaces.model.ProgrammeInput;
import io.mentoringspaces.testsupport.CommittedRows;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.Html;
import io.mentoringspaces.testsupport.StatementCounter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The pair is told who besides them can read their space. A space created from the Mentoring space
 * blueprint in a programme that grants its coordinators view access says so on its home page and its
 * Meetings page, for mentee and mentor; a space of a programme whose coordinators see figures only says
 * nothing; the notice follows the space's permissions; and the wizard says it before the space exists.
 */
public class CoordinatorNoticeTest extends DatabaseTest {

    private static final String NOTICE = "Graduates: coordinators can read this space, its meeting notes and feedback included.";

    private ConfluenceDouble confluence;

    @Before
    public void givenTwoProgrammes() {
        confluence = new ConfluenceDouble(CLOCK);
        confluence.startApp(ao);
        confluence.user("mia", "Mia Mentee");
        confluence.user("max", "Max Mentor");
        confluence.user("carol", "Carol Coordinator");
        confluence.user("sid", "Sid Sales");
        confluence.group("grad-coordinators", "carol");
        confluence.group("sales-coordinators", "sid");
        programmes.create(new ProgrammeInput("grad", "Graduates", null, "grad-coordinators", Cadence.WEEKLY, CoordinatorAccess.VIEW));
        programmes.create(new ProgrammeInput("sales", "Sales", null, "sales-coordinators", Cadence.MONTHLY,
                CoordinatorAccess.METRICS_ONLY));
    }

    @After
    public void stopConfluence() {
        confluence.loginAs(null);
        confluence.close();
    }

    /** A space Mia creates from the Mentoring space blueprint in the programme, Max her mentor. */
    private Space givenSpace(String key, String programme) {
        confluence.loginAs("mia");
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(WizardFields.PROGRAMME, programme);
        fields.put(WizardFields.MENTOR, "max");
        fields.put(WizardFields.MENTEE, "mia");
        fields.put(WizardFields.SPACE_BLUEPRINT, BlueprintKeys.SPACE_BLUEPRINT);
        Space space = confluence.createContent().createSpace(BlueprintKeys.SPACE_BLUEPRINT, key, "Mia\u2019s mentoring", fields);
        confluence.loginAs(null);
        return space;
    }

    private Page meetingsPage(Space space) {
        return confluence.content().children(space.getHomePage()).stream()
                .filter(page -> page.getTitle().endsWith("Meetings")).findFirst().orElseThrow();
    }

    /** The notice on the page as the user sees it, or null when there is none. */
    private String notice(Page page, String user) {
        confluence.loginAs(user);
        try {
            return Html.text(confluence.render(page.getId(), OutputType.DISPLAY, DeviceType.DESKTOP),
                    ".mentoring-coordinator-notice");
        } finally {
            confluence.loginAs(null);
        }
    }

    /** The notice on the space's home and Meetings pages, for mentee and mentor. */
    private List<String> notices(Space space) {
        List<String> notices = new ArrayList<>();
        for (Page page : List.of(space.getHomePage(), meetingsPage(space))) {
            for (String user : List.of("mia", "max")) {
                notices.add(notice(page, user));
            }
        }
        return notices;
    }

    @Test
    public void shouldTellThePairOnTheHomeAndMeetingsPagesThatTheProgrammesCoordinatorsCanReadTheSpace() {
        Space space = givenSpace("MIA", "grad");

        assertEquals(List.of(NOTICE, NOTICE, NOTICE, NOTICE), notices(space));
        plans.accept(plans.getBySpaceKey("MIA").id());
        confluence.loginAs("carol");
        assertTrue(Html.text(confluence.render(meetingsPage(space).getId(), OutputType.DISPLAY, DeviceType.DESKTOP),
                ".mentoring-meetings-held").startsWith("Meetings held"));
    }

    @Test
    public void shouldSayNothingInASpaceWhoseProgrammesCoordinatorsSeeFiguresOnly() {
        Space space = givenSpace("MIA", "sales");

        assertEquals(Arrays.asList(null, null, null, null), notices(space));
    }

    @Test
    public void shouldFollowWhetherTheSpaceLetsTheCoordinatorGroupViewIt() {
        Space viewed = givenSpace("MIA", "grad");
        Space figuresOnly = givenSpace("MIA2", "sales");
        SpacePermissionManager permissions = confluence.service(SpacePermissionManager.class);

        permissions.removePermission(SpacePermission.createGroupSpacePermission(SpacePermission.VIEWSPACE_PERMISSION, viewed,
                "grad-coordinators"));
        confluence.grantGroup("MIA2", "sales-coordinators", SpacePermission.VIEWSPACE_PERMISSION);

        assertNull(notice(viewed.getHomePage(), "mia"));
        assertEquals("Sales: coordinators can read this space, its meeting notes and feedback included.",
                notice(figuresOnly.getHomePage(), "mia"));
    }

    @Test
    public void shouldReadTheProgrammeOnlyForASpaceAGroupMayView() {
        Space viewed = givenSpace("MIA", "grad");
        Space figuresOnly = givenSpace("MIA2", "sales");
        Map<String, Integer> statements = new LinkedHashMap<>();
        confluence.loginAs("mia");
        for (Space space : List.of(figuresOnly, viewed)) {
            Page meetings = meetingsPage(space);
            try (StatementCounter.Recording recording = StatementCounter.record()) {
                confluence.render(meetings.getId(), OutputType.DISPLAY, DeviceType.DESKTOP);
                statements.put(space.getKey(), recording.statements().size());
            }
        }

        assertEquals(Map.of("MIA2", 2, "MIA", 3), statements);
    }

    @Test
    @NonTransactional
    public void shouldSayItInTheRestAnswersAndInTheWizardBeforeTheSpaceIsCreated() throws Exception {
        givenSpace("MIA", "grad");
        try (WebServer web = confluence.serve()) {
            JsonNode options = web.rest().get("/blueprints/mentoring-space/options", "mia").json().get("programmes");
            JsonNode meetings = web.rest().get("/spaces/MIA/meetings", "max").json();

            assertEquals("The coordinators of Graduates will be able to read this space: its pages, meeting notes and feedback, "
                    + "not only its figures.", options.get(0).get("coordinatorNotice").asText());
            assertEquals("Graduates", options.get(0).get("name").asText());
            assertEquals("Sales", options.get(1).get("name").asText());
            assertNull(options.get(1).get("coordinatorNotice"));
            assertEquals(NOTICE, Html.text(meetings.get("html").asText(), ".mentoring-coordinator-notice"));
        } finally {
            CommittedRows.deleteAll(ao);
        }
    }
}
