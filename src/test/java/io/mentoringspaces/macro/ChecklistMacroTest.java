package io.mentoringspaces.macro;

import static org.junit.Assert.assertEquals;

import com.atlassian.confluence.pages.Page;
import io.mentoringspaces.confluence.DeviceType;
import io.mentoringspaces.confluence.OutputType;
import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.ChecklistKeys;
import io.mentoringspaces.model.DefaultChecklist;
import io.mentoringspaces.testsupport.Html;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

public class ChecklistMacroTest extends MacroTestBase {

    private static final String BODY = "<ul><li>Write the plan</li><li>Book a room</li><li>Ask for feedback</li></ul>";

    /**
     * Items with a user mention, a status macro, a page link and a date, in storage format as the editor
     * saves them. Confluence hands the macro this body converted to view HTML (HB-2); the macro reads
     * the page instead.
     */
    private static final String RICH_STORAGE = "<ul>"
            + "<li>Ask <ac:link><ri:user ri:userkey=\"key-max\" /></ac:link> about the plan</li>"
            + "<li>Targets <ac:structured-macro ac:name=\"status\" ac:schema-version=\"1\">"
            + "<ac:parameter ac:name=\"colour\">Green</ac:parameter><ac:parameter ac:name=\"title\">agreed</ac:parameter>"
            + "</ac:structured-macro></li>"
            + "<li>Read <ac:link><ri:page ri:content-title=\"Growth plan\" /></ac:link> before <time datetime=\"2026-03-20\" /></li>"
            + "</ul>";

    /** The growth-plan page holding only this checklist macro, rendered for the user. */
    private String checklist(Map<String, String> parameters, String body, String user) {
        return render("mentoring-checklist", parameters, body, GROWTH_PLAN_PAGE, user);
    }

    /** The outputs of the checklist macros of the growth-plan page as saved, in page order. */
    private List<String> checklistsOfThePage(String user) {
        return Html.parse(renderSaved(GROWTH_PLAN_PAGE, user, OutputType.DISPLAY)).select("[data-macro-name=mentoring-checklist]")
                .stream().map(Element::outerHtml).toList();
    }

    private String keyOf(List<ChecklistEntry> entries, int index) {
        return checklists.read(plan.id(), "mentee").resolve(entries).get(index).key();
    }

    private void tick(List<ChecklistEntry> entries, int index) {
        checklists.tick(plan.id(), "mentee", entries, keyOf(entries, index), true, "key-mia");
    }

    private static List<Boolean> ticks(String html) {
        return Html.parse(html).select("input.mentoring-tick").stream().map(i -> i.hasAttr("checked")).toList();
    }

    @Test
    public void shouldShowTheMenteeChecklistForAnEmptyBody() {
        String html = checklist(Map.of(), "", "mia");

        assertEquals(Html.normalize(fixture("checklist-default.html")), Html.normalize(html));
        assertEquals(List.of("io.mentoringspaces.mentoring-spaces:macro-checklist"), confluence.pageBuilder().required());
    }

    @Test
    public void shouldShowTheMenteeChecklistsBoxesDisabledWithTheReasonToEveryEditorButTheMentee() {
        givenChecklistsOnPage(GROWTH_PLAN_PAGE, checklistMacro(null, ""));

        Document mentor = Html.parse(checklist(Map.of(), "", "max"));
        Document editor = Html.parse(checklist(Map.of(), "", "eddie"));
        Document mentee = Html.parse(checklist(Map.of(), "", "mia"));

        for (Document other : List.of(mentor, editor)) {
            assertEquals(10, other.select("input.mentoring-tick[disabled]").size());
            assertEquals("Only the mentee ticks this checklist: it is their own record of their duties.",
                    other.selectFirst(".mentoring-checklist-note").text());
            assertEquals("", other.selectFirst(".mentoring-checklist").attr("data-rest-path"));
        }
        assertEquals(10, mentee.select("input.mentoring-tick").size());
        assertEquals(0, mentee.select("input[disabled], .mentoring-checklist-note").size());
        assertEquals("/rest/mentoring/1.0/pages/100/checklists/mentee", mentee.selectFirst(".mentoring-checklist").attr("data-rest-path"));
    }

    @Test
    public void shouldLetTheMentorTickAChecklistOtherThanTheMentees() {
        givenChecklistsOnPage(GROWTH_PLAN_PAGE, checklistMacro("first-steps", BODY));

        Document mentor = Html.parse(checklist(Map.of("checklistId", "first-steps"), BODY, "max"));

        assertEquals(3, mentor.select("input.mentoring-tick").size());
        assertEquals(0, mentor.select("input[disabled], .mentoring-checklist-note").size());
        assertEquals("/rest/mentoring/1.0/pages/100/checklists/first-steps",
                mentor.selectFirst(".mentoring-checklist").attr("data-rest-path"));
    }

    @Test
    public void shouldShowThePagesItemsWithTheirTicksAndWhoTickedThem() {
        List<ChecklistEntry> entries = givenChecklistsOnPage(GROWTH_PLAN_PAGE, checklistMacro(null, BODY));
        checklists.syncItems(plan.id(), "mentee", entries);
        tick(entries, 1);

        String html = checklist(Map.of(), BODY, "mia");

        Document document = Html.parse(html);
        assertEquals(List.of("Write the plan", "Book a room", "Ask for feedback"), Html.texts(html, ".mentoring-checklist-item label"));
        assertEquals(List.of(false, true, false), ticks(html));
        assertEquals("Ticked by Mia Mentee on 16 Mar 2026", document.select(".mentoring-checklist-item").get(1).attr("title"));
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
        checklists.tick(plan.id(), "mentee", entries, keys.get(1), true, "key-mia");

        String html = checklist(Map.of(), RICH_STORAGE, "mia");

        assertEquals(List.of("Ask Max Mentor about the plan", "Targets agreed", "Read Growth plan before 2026-03-20"),
                Html.texts(html, ".mentoring-checklist-item label"));
        assertEquals(keys, Html.parse(html).select("input.mentoring-tick").eachAttr("value"));
        assertEquals(List.of(false, true, false), ticks(html));
    }

    @Test
    public void shouldShowAMentionedPersonsCurrentNameAndKeepTheItemsKey() {
        String before = checklist(Map.of(), RICH_STORAGE, "mia");

        confluence.changeFullName("max", "Max Mentor-Smith");
        String after = checklist(Map.of(), RICH_STORAGE, "mia");

        assertEquals("Ask Max Mentor-Smith about the plan", Html.texts(after, ".mentoring-checklist-item label").get(0));
        assertEquals(Html.parse(before).select("input.mentoring-tick").eachAttr("value"),
                Html.parse(after).select("input.mentoring-tick").eachAttr("value"));
    }

    @Test
    public void shouldShowPeopleMentionedByUserNameAndPeopleConfluenceNoLongerKnows() {
        String html = checklist(Map.of(), "<ul><li>Thank <ac:link><ri:user ri:username=\"max\" /></ac:link></li>"
                + "<li>Ask <ac:link><ri:user ri:userkey=\"key-left-the-company\" /></ac:link></li></ul>", "mia");

        assertEquals(List.of("Thank Max Mentor", "Ask Unknown user"), Html.texts(html, ".mentoring-checklist-item label"));
    }

    @Test
    public void shouldKeepATickWhenTheItemsWordingIsEditedAndDropARemovedItem() {
        List<ChecklistEntry> entries = givenChecklistsOnPage(GROWTH_PLAN_PAGE, checklistMacro(null, BODY));
        tick(entries, 1);
        tick(entries, 2);

        String html = checklist(Map.of(), "<ul><li>Write the plan</li><li>Book a quiet room</li></ul>", "mia");

        assertEquals(List.of(false, true), ticks(html));
        assertEquals("1 of 2 done (50%)", Html.text(html, ".mentoring-progress-label"));
    }

    @Test
    public void shouldKeepChecklistsWithDifferentIdsApart() {
        givenChecklistsOnPage(GROWTH_PLAN_PAGE, checklistMacro("mentor", "<p>Prepare questions</p>"),
                checklistMacro(null, "<p>Prepare questions</p>"));
        checklists.tick(plan.id(), "mentor", List.of(ChecklistEntry.written("Prepare questions")),
                "i" + ChecklistEntry.written("Prepare questions").fingerprint(), true, "key-max");

        List<String> shown = checklistsOfThePage("mia");

        assertEquals(List.of("1 of 1 done (100%)", "0 of 1 done (0%)"),
                shown.stream().map(html -> Html.text(html, ".mentoring-progress-label")).toList());
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

    @Test
    public void shouldSayTheChecklistShowsOnceSavedWhenThePageDoesNotHoldIt() {
        Page page = givenBody(GROWTH_PLAN_PAGE, checklistMacro("mentor", BODY));
        String draft = checklistMacro(null, BODY);
        String unsaved = "info: This checklist is not on the page as saved yet: its items and ticks show once the page is saved.";
        confluence.loginAs("mia");

        Page newPage = confluence.editor().newPage(confluence.space(SPACE), null, "Next steps", "");

        assertEquals(unsaved, Html.message(confluence.render(page, draft, OutputType.PREVIEW, DeviceType.DESKTOP)));
        assertEquals(unsaved, Html.message(confluence.render(newPage, draft, OutputType.PREVIEW, DeviceType.DESKTOP)));
    }

    @Test
    public void shouldSayThePageCannotBeReadWhenItIsNotWellFormed() {
        Page page = givenBody(GROWTH_PLAN_PAGE, checklistMacro(null, "<ul><li>Unclosed</ul>"));
        confluence.loginAs("mia");

        String html = confluence.render(page, checklistMacro(null, "<ul><li>Unclosed</li></ul>"), OutputType.PREVIEW,
                DeviceType.DESKTOP);

        assertEquals("error: This page\u2019s content could not be read, so its checklist cannot be shown. Ask an administrator "
                + "to look at the page\u2019s storage format.", Html.message(html));
    }
}
