package io.mentoringspaces.macro;

import static org.junit.Assert.assertEquals;

import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.DefaultChecklist;
import io.mentoringspaces.storage.ChecklistStorage;
import io.mentoringspaces.testsupport.Html;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.Test;

public class ChecklistMacroTest extends MacroTestBase {

    private static final String BODY = "<ul><li>Write the plan</li><li>Book a room</li><li>Ask for feedback</li></ul>";

    private String checklist(Map<String, String> parameters, String body, String user) {
        return render("mentoring-checklist", parameters, body, GROWTH_PLAN_PAGE, user);
    }

    private String keyOf(String body, int index) {
        return checklists.read(plan.id(), "mentee").resolve(ChecklistStorage.entries(body)).get(index).key();
    }

    private void tick(String body, int index) {
        checklists.tick(plan.id(), "mentee", ChecklistStorage.entries(body), keyOf(body, index), true, "key-mia");
    }

    @Test
    public void shouldShowTheMenteeChecklistForAnEmptyBody() {
        String html = checklist(Map.of(), "", "mia");

        assertEquals(Html.normalize(fixture("checklist-default.html")), Html.normalize(html));
        assertEquals(List.of("io.mentoringspaces.mentoring-spaces:macro-checklist"), confluence.pageBuilder().required());
    }

    @Test
    public void shouldShowTheBodysItemsWithTheirTicksAndWhoTickedThem() {
        checklists.syncItems(plan.id(), "mentee", ChecklistStorage.entries(BODY));
        tick(BODY, 1);

        String html = checklist(Map.of(), BODY, "mia");

        Document document = Html.parse(html);
        assertEquals(List.of("Write the plan", "Book a room", "Ask for feedback"), Html.texts(html, ".mentoring-checklist-item label"));
        assertEquals(List.of(false, true, false), document.select("input.mentoring-tick").stream().map(i -> i.hasAttr("checked")).toList());
        assertEquals("Ticked by Mia Mentee on 2026-03-16", document.select(".mentoring-checklist-item").get(1).attr("title"));
        assertEquals("", document.select(".mentoring-checklist-item").get(0).attr("title"));
        assertEquals("1 of 3 done (33%)", Html.text(html, ".mentoring-progress-label"));
        assertEquals("width: 33%", document.selectFirst(".mentoring-progress-value").attr("style"));
        assertEquals("/rest/mentoring/1.0/pages/100/checklists/mentee",
                document.selectFirst(".mentoring-checklist").attr("data-rest-path"));
    }

    @Test
    public void shouldKeepATickWhenTheItemsWordingIsEditedAndDropARemovedItem() {
        tick(BODY, 1);
        tick(BODY, 2);

        String edited = "<ul><li>Write the plan</li><li>Book a quiet room</li></ul>";
        String html = checklist(Map.of(), edited, "mia");

        assertEquals(List.of(false, true), Html.parse(html).select("input.mentoring-tick").stream()
                .map(i -> i.hasAttr("checked")).toList());
        assertEquals("1 of 2 done (50%)", Html.text(html, ".mentoring-progress-label"));
    }

    @Test
    public void shouldKeepChecklistsWithDifferentIdsApart() {
        checklists.tick(plan.id(), "mentor", List.of(ChecklistEntry.written("Prepare questions")),
                "i" + ChecklistEntry.written("Prepare questions").fingerprint(), true, "key-max");

        assertEquals("1 of 1 done (100%)", Html.text(checklist(Map.of("checklistId", "mentor"), "<p>Prepare questions</p>", "mia"),
                ".mentoring-progress-label"));
        assertEquals("0 of 1 done (0%)", Html.text(checklist(Map.of(), "<p>Prepare questions</p>", "mia"),
                ".mentoring-progress-label"));
    }

    @Test
    public void shouldShowTicksWithoutCheckboxesToViewers() {
        checklists.tick(plan.id(), "mentee", DefaultChecklist.entries(), "feedback", true, "key-mia");

        String html = checklist(Map.of(), null, "vera");

        Document document = Html.parse(html);
        assertEquals(0, document.select("input").size());
        assertEquals("", document.selectFirst(".mentoring-checklist").attr("data-rest-path"));
        assertEquals("\u2611", document.select(".mentoring-check").get(5).text());
        assertEquals("\u2610", document.select(".mentoring-check").get(0).text());
        assertEquals("Done", document.select(".mentoring-checklist-item .assistive").get(5).text());
        assertEquals("1 of 10 done (10%)", Html.text(html, ".mentoring-progress-label"));
    }

    @Test
    public void shouldRefuseABadChecklistIdOrTooManyItems() {
        String tooMany = "<ul>" + "<li>Item</li>".repeat(201) + "</ul>";

        assertEquals("error: Checklist id may only contain letters, digits, hyphens and underscores (at most 64).",
                Html.message(checklist(Map.of("checklistId", "a b"), "", "mia")));
        assertEquals("error: A checklist can have at most 200 items.", Html.message(checklist(Map.of(), tooMany, "mia")));
    }
}
