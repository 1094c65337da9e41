package io.mentoringspaces.macro;

import static io.mentoringspaces.testsupport.MacroHarness.checklistMacro;
import static org.junit.Assert.assertEquals;

import com.atlassian.confluence.macro.MacroExecutionException;
import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.ChecklistKeys;
import io.mentoringspaces.model.DefaultChecklist;
import io.mentoringspaces.testsupport.Html;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.Test;

public class ChecklistMacroTest extends MacroTestBase {

    private static final String BODY = "<ul><li>Write the plan</li><li>Book a room</li><li>Ask for feedback</li></ul>";

    /**
     * Items with a user mention, a status macro, a page link and a date, in storage format as the editor
     * saves them.
     */
    private static final String RICH_STORAGE = "<ul>"
            + "<li>Ask <ac:link><ri:user ri:userkey=\"key-max\" /></ac:link> about the plan</li>"
            + "<li>Targets <ac:structured-macro ac:name=\"status\" ac:schema-version=\"1\">"
            + "<ac:parameter ac:name=\"colour\">Green</ac:parameter><ac:parameter ac:name=\"title\">agreed</ac:parameter>"
            + "</ac:structured-macro></li>"
            + "<li>Read <ac:link><ri:page ri:content-title=\"Growth plan\" /></ac:link> before <time datetime=\"2026-03-20\" /></li>"
            + "</ul>";
    /** The same items as Confluence hands them to a rich-text macro: converted to view HTML (HB-2). */
    private static final String RICH_CONVERTED = "<ul>"
            + "<li>Ask <a class=\"confluence-userlink user-mention\" data-username=\"max\" href=\"/display/~max\" "
            + "data-linked-resource-type=\"userinfo\">Max Mentor</a> about the plan</li>"
            + "<li>Targets <span class=\"status-macro aui-lozenge aui-lozenge-success\">AGREED</span></li>"
            + "<li>Read <a href=\"/display/MENT/Growth+plan\">Growth plan</a> before "
            + "<time datetime=\"2026-03-20\" class=\"date-upcoming\">20 Mar 2026</time></li>"
            + "</ul>";

    private String checklist(Map<String, String> parameters, String convertedBody, String user) {
        return render(h.checklistMacro, parameters, convertedBody, GROWTH_PLAN_PAGE, user);
    }

    private String keyOf(List<ChecklistEntry> entries, int index) {
        return h.checklists.read(plan.id(), "mentee").resolve(entries).get(index).key();
    }

    private void tick(List<ChecklistEntry> entries, int index) {
        h.checklists.tick(plan.id(), "mentee", entries, keyOf(entries, index), true, "key-mia");
    }

    private static List<Boolean> ticks(String html) {
        return Html.parse(html).select("input.mentoring-tick").stream().map(i -> i.hasAttr("checked")).toList();
    }

    @Test
    public void shouldShowTheMenteeChecklistForAnEmptyBody() {
        givenChecklistsOnPage(GROWTH_PLAN_PAGE, checklistMacro(null, null));

        String html = checklist(Map.of(), "", "mia");

        assertEquals(Html.normalize(fixture("checklist-default.html")), Html.normalize(html));
        assertEquals(List.of("io.mentoringspaces.mentoring-spaces:macro-checklist"), h.requiredResources);
    }

    @Test
    public void shouldShowThePagesItemsWithTheirTicksAndWhoTickedThem() {
        List<ChecklistEntry> entries = givenChecklistsOnPage(GROWTH_PLAN_PAGE, checklistMacro(null, BODY));
        h.checklists.syncItems(plan.id(), "mentee", entries);
        tick(entries, 1);

        String html = checklist(Map.of(), BODY, "mia");

        Document document = Html.parse(html);
        assertEquals(List.of("Write the plan", "Book a room", "Ask for feedback"), Html.texts(html, ".mentoring-checklist-item label"));
        assertEquals(List.of(false, true, false), ticks(html));
        assertEquals("Ticked by Mia Mentee on 2026-03-16", document.select(".mentoring-checklist-item").get(1).attr("title"));
        assertEquals("", document.select(".mentoring-checklist-item").get(0).attr("title"));
        assertEquals("1 of 3 done (33%)", Html.text(html, ".mentoring-progress-label"));
        assertEquals("width: 33%", document.selectFirst(".mentoring-progress-value").attr("style"));
        assertEquals("/rest/mentoring/1.0/pages/100/checklists/mentee",
                document.selectFirst(".mentoring-checklist").attr("data-rest-path"));
    }

    @Test
    public void shouldReadItsItemsFromThePageAndNotFromTheConvertedBodyConfluenceHandsIt() {
        List<ChecklistEntry> entries = givenChecklistsOnPage(GROWTH_PLAN_PAGE, checklistMacro(null, RICH_STORAGE));
        List<String> keys = ChecklistKeys.assign(entries, List.of());
        h.checklists.tick(plan.id(), "mentee", entries, keys.get(1), true, "key-mia");

        String html = checklist(Map.of(), RICH_CONVERTED, "mia");

        assertEquals(List.of("Ask Max Mentor about the plan", "Targets agreed", "Read Growth plan before 2026-03-20"),
                Html.texts(html, ".mentoring-checklist-item label"));
        assertEquals(keys, Html.parse(html).select("input.mentoring-tick").eachAttr("value"));
        assertEquals(List.of(false, true, false), ticks(html));
    }

    @Test
    public void shouldShowAMentionedPersonsCurrentNameAndKeepTheItemsKey() {
        givenChecklistsOnPage(GROWTH_PLAN_PAGE, checklistMacro(null, RICH_STORAGE));
        String before = checklist(Map.of(), RICH_CONVERTED, "mia");

        h.confluence.user("max", "Max Mentor-Smith");
        String after = checklist(Map.of(), RICH_CONVERTED.replace("Max Mentor", "Max Mentor-Smith"), "mia");

        assertEquals("Ask Max Mentor-Smith about the plan", Html.texts(after, ".mentoring-checklist-item label").get(0));
        assertEquals(Html.parse(before).select("input.mentoring-tick").eachAttr("value"),
                Html.parse(after).select("input.mentoring-tick").eachAttr("value"));
    }

    @Test
    public void shouldShowPeopleMentionedByUserNameAndPeopleConfluenceNoLongerKnows() {
        givenChecklistsOnPage(GROWTH_PLAN_PAGE, checklistMacro(null, "<ul><li>Thank <ac:link><ri:user ri:username=\"max\" />"
                + "</ac:link></li><li>Ask <ac:link><ri:user ri:userkey=\"key-left-the-company\" /></ac:link></li></ul>"));

        assertEquals(List.of("Thank Max Mentor", "Ask Unknown user"),
                Html.texts(checklist(Map.of(), "<ul><li>Thank Max Mentor</li><li>Ask Unknown user</li></ul>", "mia"),
                        ".mentoring-checklist-item label"));
    }

    @Test
    public void shouldKeepATickWhenTheItemsWordingIsEditedAndDropARemovedItem() {
        List<ChecklistEntry> entries = givenChecklistsOnPage(GROWTH_PLAN_PAGE, checklistMacro(null, BODY));
        tick(entries, 1);
        tick(entries, 2);

        String edited = "<ul><li>Write the plan</li><li>Book a quiet room</li></ul>";
        givenChecklistsOnPage(GROWTH_PLAN_PAGE, checklistMacro(null, edited));
        String html = checklist(Map.of(), edited, "mia");

        assertEquals(List.of(false, true), ticks(html));
        assertEquals("1 of 2 done (50%)", Html.text(html, ".mentoring-progress-label"));
    }

    @Test
    public void shouldKeepChecklistsWithDifferentIdsApart() {
        givenChecklistsOnPage(GROWTH_PLAN_PAGE, checklistMacro("mentor", "<p>Prepare questions</p>"),
                checklistMacro(null, "<p>Prepare questions</p>"));
        h.checklists.tick(plan.id(), "mentor", List.of(ChecklistEntry.written("Prepare questions")),
                "i" + ChecklistEntry.written("Prepare questions").fingerprint(), true, "key-max");

        assertEquals("1 of 1 done (100%)", Html.text(checklist(Map.of("checklistId", "mentor"), "<p>Prepare questions</p>", "mia"),
                ".mentoring-progress-label"));
        assertEquals("0 of 1 done (0%)", Html.text(checklist(Map.of(), "<p>Prepare questions</p>", "mia"),
                ".mentoring-progress-label"));
    }

    @Test
    public void shouldShowTicksWithoutCheckboxesToViewers() {
        givenChecklistsOnPage(GROWTH_PLAN_PAGE, checklistMacro(null, null));
        h.checklists.tick(plan.id(), "mentee", DefaultChecklist.entries(), "feedback", true, "key-mia");

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
        givenChecklistsOnPage(GROWTH_PLAN_PAGE, checklistMacro(null, "<ul>" + "<li>Item</li>".repeat(201) + "</ul>"));

        assertEquals("error: Checklist id may only contain letters, digits, hyphens and underscores (at most 64).",
                Html.message(checklist(Map.of("checklistId", "a b"), "", "mia")));
        assertEquals("error: A checklist can have at most 200 items.", Html.message(checklist(Map.of(), "", "mia")));
    }

    @Test
    public void shouldSayTheChecklistShowsOnceSavedWhenThePageDoesNotHoldIt() throws MacroExecutionException {
        givenChecklistsOnPage(GROWTH_PLAN_PAGE, checklistMacro("mentor", BODY));
        String unsaved = "info: This checklist is not on the page as saved yet: its items and ticks show once the page is saved.";

        assertEquals(unsaved, Html.message(checklist(Map.of(), BODY, "mia")));
        h.confluence.loginAs("mia");
        assertEquals(unsaved, Html.message(h.checklistMacro.execute(Map.of(), BODY, h.context(null, "preview", "desktop"))));
    }

    @Test
    public void shouldSayThePageCannotBeReadWhenItIsNotWellFormed() {
        h.givenPageBody(GROWTH_PLAN_PAGE, checklistMacro(null, "<ul><li>Unclosed</ul>"));

        assertEquals("error: This page\u2019s content could not be read, so its checklist cannot be shown. Ask an administrator "
                + "to look at the page\u2019s storage format.", Html.message(checklist(Map.of(), "<ul><li>Unclosed</li></ul>", "mia")));
    }
}
