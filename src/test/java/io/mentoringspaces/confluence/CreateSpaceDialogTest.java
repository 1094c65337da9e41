package io.mentoringspaces.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.spaces.Space;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mentoringspaces.blueprint.BlueprintKeys;
import io.mentoringspaces.blueprint.WizardFields;
import io.mentoringspaces.confluence.WebServer.Reply;
import io.mentoringspaces.model.GrowthPlan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.java.ao.test.jdbc.NonTransactional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

/**
 * The test Confluence's Create-space dialog: the app's space blueprint listed with the app's wizard
 * scripts after the stand-in of Confluence's wizard hooks, the wizard page rendered from the app's Soy,
 * and the create-content plugin's create-space call, which makes the space from the wizard's fields so
 * that the app sets it up as on Confluence, and refuses what Confluence refuses.
 */
public class CreateSpaceDialogTest extends SiteTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ITEM = BlueprintKeys.SPACE_BLUEPRINT.replace("mentoring-space-blueprint", "mentoring-space-create-item");


    private Document dialog(String user) throws Exception {
        Reply page = web.site().get(CreateSpaceDialog.DIALOG, user);
        assertEquals(200, page.status());
        return Jsoup.parse(page.body());
    }

    private Reply post(String path, String user, Map<String, Object> body) throws Exception {
        return web.site().send("POST", path, user, JSON.writeValueAsString(body));
    }

    /** The create call as the dialog sends it, for space {@code key} with these wizard fields. */
    private Reply create(String user, String key, Map<String, Object> fields) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("spaceKey", key);
        body.put("name", "Eddie\u2019s mentoring");
        body.put("description", "");
        body.put("permissions", "");
        body.put("spaceBlueprintId", blueprintId());
        body.put("context", fields);
        return post(CreateSpaceDialog.CREATE, user, body);
    }

    private String blueprintId() throws Exception {
        return JSON.readTree(dialog("eddie").selectFirst("#create-space-blueprints").data()).get(0).path("blueprintId").asText();
    }

    private static Map<String, Object> wizard(String mentor) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(WizardFields.PROGRAMME, "grad");
        fields.put(WizardFields.MENTOR, mentor);
        fields.put(WizardFields.MENTEE, "");
        fields.put(WizardFields.START_DATE, "2026-03-02");
        fields.put(WizardFields.CADENCE, "monthly");
        fields.put(WizardFields.OBJECTIVES, "Lead a retrospective");
        fields.put(WizardFields.SPACE_BLUEPRINT, BlueprintKeys.SPACE_BLUEPRINT);
        return fields;
    }

    @Test
    @NonTransactional
    public void shouldListTheSpaceBlueprintAndLoadItsWizardScriptsAfterTheStandInOfConfluencesWizardHooks() throws Exception {
        Document html = dialog("eddie");

        Element blueprint = html.selectFirst(".site-blueprint");
        assertEquals(ITEM, blueprint.attr("data-item-key"));
        assertEquals("Mentoring space", blueprint.selectFirst(".site-blueprint-name").text());
        List<String> scripts = html.select("script[src]").eachAttr("src").stream().map(src -> src.replaceAll(".*/", "")).toList();
        assertTrue(scripts.toString(), scripts.indexOf("create-space.js") < scripts.indexOf("mentoring-space-wizard.js"));
        assertTrue(scripts.toString(), scripts.indexOf("mentoring-wizard-fields.js") < scripts.indexOf("mentoring-space-wizard.js"));
        assertFalse(scripts.toString(), scripts.contains("mentoring-wizards-soy.js"));
        Reply anonymous = web.site().get(CreateSpaceDialog.DIALOG, "");
        assertEquals(302, anonymous.status());
        assertTrue(anonymous.location(), anonymous.location().startsWith("/confluence/login.action"));
    }

    @Test
    @NonTransactional
    public void shouldRenderTheWizardPageFromTheAppsSoyInTheUsersLanguage() throws Exception {
        confluence.language("eddie", Locale.GERMANY);

        Reply page = post(CreateSpaceDialog.WIZARD_PAGE, "eddie", Map.of("templateKey", "MentoringSpaces.Blueprints.spaceWizard",
                "context", Map.of()));

        assertEquals(200, page.status());
        Document html = Jsoup.parseBodyFragment(page.body());
        assertNotNull(html.selectFirst("form.mentoring-wizard [name=spaceKey]"));
        assertEquals("Erste Ziele (optional)", html.selectFirst("label[for=mentoring-objectives]").text());
        assertEquals(404, post(CreateSpaceDialog.WIZARD_PAGE, "eddie", Map.of("templateKey", "Other.template")).status());
    }

    @Test
    @NonTransactional
    public void shouldCreateTheSpaceFromTheWizardsFieldsSoThatTheAppSetsItUp() throws Exception {
        Reply created = create("eddie", "EDDIE", wizard("max"));

        assertEquals(created.body(), 200, created.status());
        assertEquals(web.baseUrl() + "/display/EDDIE", created.json().path("url").asText());
        assertEquals("EDDIE", created.json().path("key").asText());
        Space space = confluence.space("EDDIE");
        assertEquals("Eddie\u2019s mentoring", space.getName());
        GrowthPlan plan = plans.getBySpaceKey("EDDIE");
        assertEquals(List.of("Eddie Editor", "Max Mentor", "MONTHLY"),
                List.of(plan.menteeName(), plan.mentorName(), plan.cadence().name()));
        assertEquals(List.of("Lead a retrospective"), goals.currentGoals(plan.id()).stream().map(goal -> goal.title()).toList());
    }

    @Test
    @NonTransactional
    public void shouldRefuseWhatConfluenceRefusesNamingTheFieldAndCreateNothing() throws Exception {
        assertEquals(401, create("", "EDDIE", wizard("max")).status());
        Reply taken = create("eddie", "ment", wizard("max"));
        assertEquals(List.of(400, "spaceKey"), List.of(taken.status(), taken.json().path("field").asText()));
        Reply badKey = create("eddie", "ED DIE", wizard("max"));
        assertEquals(List.of(400, "spaceKey"), List.of(badKey.status(), badKey.json().path("field").asText()));
        Reply json = web.site().send("POST", CreateSpaceDialog.CREATE, "eddie", "spaceKey=EDDIE",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertEquals(415, json.status());
        assertEquals(null, confluence.space("EDDIE"));
    }
}
