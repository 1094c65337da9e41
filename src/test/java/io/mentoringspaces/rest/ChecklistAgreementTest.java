package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.mentoringspaces.confluence.DeviceType;
import io.mentoringspaces.confluence.OutputType;
import io.mentoringspaces.confluence.WebServer.Reply;
import io.mentoringspaces.model.ChecklistItemState;
import io.mentoringspaces.testsupport.Html;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

/**
 * The checklist macro, the REST API and the page index read a checklist's items from the same place,
 * the page's storage format, so they agree on every item's key even where the macro's body, converted
 * to HTML by Confluence (HB-2), reads differently: a user mention, a status macro and a link. The page
 * is saved in the test Confluence (the app's listener indexes it) and rendered by it.
 */
public class ChecklistAgreementTest extends RestTestBase {

    /** The checklist as first saved: the mentor's name typed out. */
    private static final String FIRST = "<ul><li>Ask Max Mentor about the plan</li><li>Book a room</li></ul>";
    /** The checklist as saved next: the name became a mention, moved down; a status and a link were added. */
    private static final String STORAGE = "<ul>"
            + "<li>Book a room</li>"
            + "<li>Ask <ac:link><ri:user ri:userkey=\"key-max\" /></ac:link> about the plan</li>"
            + "<li>Targets <ac:structured-macro ac:name=\"status\" ac:schema-version=\"1\">"
            + "<ac:parameter ac:name=\"colour\">Green</ac:parameter><ac:parameter ac:name=\"title\">agreed</ac:parameter>"
            + "</ac:structured-macro></li>"
            + "<li>Read <ac:link><ri:page ri:content-title=\"Growth plan\" /><ac:plain-text-link-body><![CDATA[our plan]]>"
            + "</ac:plain-text-link-body></ac:link></li>"
            + "</ul>";
    private static final List<String> SHOWN = List.of("Book a room", "Ask Max Mentor about the plan", "Targets agreed",
            "Read our plan");

    /** The growth-plan page as mia sees it. */
    private String macro() {
        confluence.loginAs("mia");
        return confluence.render(GROWTH_PLAN_PAGE, OutputType.DISPLAY, DeviceType.DESKTOP);
    }

    /** Saves a new version of the page with the checklist: the page index records its items, as on every save. */
    private void save(String checklist) {
        confluence.editor().saveNewVersion(confluence.page(GROWTH_PLAN_PAGE),
                "<p>Before our first meeting:</p>" + checklistMacro(null, checklist));
    }

    private static List<String> keys(JsonNode checklist) {
        List<String> keys = new ArrayList<>();
        checklist.get("items").forEach(item -> keys.add(item.get("key").asText()));
        return keys;
    }

    private static List<Boolean> ticks(JsonNode checklist) {
        List<Boolean> ticks = new ArrayList<>();
        checklist.get("items").forEach(item -> ticks.add(item.get("done").asBoolean()));
        return ticks;
    }

    private static List<Boolean> ticks(String html) {
        return Html.parse(html).select("input.mentoring-tick").stream().map(input -> input.hasAttr("checked")).toList();
    }

    /** The keys of the items the index recorded, in checklist order. */
    private List<String> indexed() {
        return checklists.read(plan.id(), "mentee").items().values().stream().filter(item -> !item.removed())
                .sorted(Comparator.comparingInt(ChecklistItemState::position)).map(ChecklistItemState::itemKey).toList();
    }

    @Test
    @NonTransactional
    public void shouldGiveTheSameItemsInTheMacroTheRestApiAndTheIndexAndTickTheRowTheUserTicked() throws Exception {
        save(FIRST);
        Reply first = server.get("/pages/100/checklists/mentee", "mia");
        server.send("PUT", "/pages/100/checklists/mentee/items/" + keys(first.json()).get(0), "mia", "{\"done\": true}");
        save(STORAGE);

        String html = macro();
        List<String> macroKeys = Html.parse(html).select("input.mentoring-tick").eachAttr("value");
        Reply read = server.get("/pages/100/checklists/mentee", "mia");

        assertEquals(indexed(), macroKeys);
        assertEquals(keys(read.json()), macroKeys);
        assertEquals(ticks(read.json()), ticks(html));
        assertEquals(SHOWN, Html.texts(html, ".mentoring-checklist-item label"));

        Reply ticked = server.send("PUT", "/pages/100/checklists/mentee/items/" + macroKeys.get(2), "mia", "{\"done\": true}");

        assertEquals(ticked.body(), 200, ticked.status());
        assertEquals(List.of(false, false, true, false), ticks(ticked.json()));
        String after = macro();
        assertEquals(List.of(false, false, true, false), ticks(after));
        assertEquals("Targets agreed", Html.parse(after).select(".mentoring-checklist-item.mentoring-done label").text());
        assertEquals("1 of 4 done (25%)", Html.text(after, ".mentoring-progress-label"));
        assertEquals(1, plans.getBySpaceKey("MENT").figures().checklistDone());
        assertEquals(4, plans.getBySpaceKey("MENT").figures().checklistItems());
        assertEquals(List.of(), confluence.events().failures());
    }
}
