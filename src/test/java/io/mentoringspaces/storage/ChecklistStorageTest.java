package io.mentoringspaces.storage;

import static org.junit.Assert.assertEquals;

import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.DefaultChecklist;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class ChecklistStorageTest {

    @Test
    public void shouldReadOneItemPerListItem() {
        assertEquals(List.of("Write the plan", "Book a quiet room"),
                ChecklistStorage.itemTexts("<ul><li>Write the plan</li><li>Book a <strong>quiet</strong>\n room</li></ul>"));
    }

    @Test
    public void shouldReadOneItemPerLineOfParagraphsAndLineBreaks() {
        assertEquals(List.of("One", "Two", "Three"), ChecklistStorage.itemTexts("<p>One<br/>Two</p><p>Three</p>"));
        assertEquals(List.of("One", "Two", "Three"), ChecklistStorage.itemTexts("<p>One<br>Two</p>\n<p>\n  Three\n</p>"));
    }

    @Test
    public void shouldReadOneItemPerLineOfPlainText() {
        assertEquals(List.of("One", "Two", "Three"), ChecklistStorage.itemTexts("One\nTwo\r\n\n  Three  "));
    }

    @Test
    public void shouldReadNestedListItemsAsItemsOfTheirOwn() {
        assertEquals(List.of("Parent", "Child", "Sibling"),
                ChecklistStorage.itemTexts("<ol><li>Parent<ul><li>Child</li></ul></li><li>Sibling</li></ol>"));
    }

    @Test
    public void shouldUseTheBuiltInMenteeChecklistForAnEmptyBody() {
        for (String empty : new String[] {null, "", "  \n ", "<p><br/></p>", "<ul><li> </li></ul>"}) {
            assertEquals(String.valueOf(empty), DefaultChecklist.entries(), ChecklistStorage.entries(empty));
        }
        assertEquals(List.of(ChecklistEntry.written("Only item")), ChecklistStorage.entries("<p>Only item</p>"));
    }

    @Test
    public void shouldDecodeEntitiesAndCollapseSpaces() {
        assertEquals(List.of("Mentor\u2019s time & expertise \u2713 <b> &unknown; & more"),
                ChecklistStorage.itemTexts("<li>Mentor&rsquo;s time &amp; expertise&nbsp;&#x2713; &lt;b&gt; &unknown; & more</li>"));
    }

    @Test
    public void shouldReadTheSameTextsFromStorageFormatAndFromTheRenderedBody() {
        String storage = "<ul><li><ac:link><ri:page ri:content-title=\"Growth plan\" /></ac:link> written</li>"
                + "<li>Meet on <time datetime=\"2026-03-16\" /></li>"
                + "<li><ac:link><ri:page ri:content-title=\"Other\" /><ac:plain-text-link-body><![CDATA[Read the notes]]>"
                + "</ac:plain-text-link-body></ac:link></li>"
                + "<li>Smile <ac:emoticon ac:name=\"smile\" /></li></ul>"
                + "<ac:task-list><ac:task><ac:task-id>7</ac:task-id><ac:task-status>incomplete</ac:task-status>"
                + "<ac:task-body>Book a room</ac:task-body></ac:task></ac:task-list>";
        String rendered = "<ul><li><a href=\"/display/MENT/Growth+plan\">Growth plan</a> written</li>"
                + "<li>Meet on <time datetime=\"2026-03-16\" class=\"date-past\">16 Mar 2026</time></li>"
                + "<li><a href=\"/display/MENT/Other\">Read the notes</a></li>"
                + "<li>Smile <img class=\"emoticon\" src=\"/smile.svg\" alt=\"(smile)\"></li></ul>"
                + "<ul class=\"inline-task-list\"><li data-inline-task-id=\"7\">Book a room</li></ul>";
        List<String> expected = List.of("Growth plan written", "Meet on 2026-03-16", "Read the notes", "Smile", "Book a room");

        assertEquals(expected, ChecklistStorage.itemTexts(storage));
        assertEquals(expected, ChecklistStorage.itemTexts(rendered));
    }

    @Test
    public void shouldLeaveOutScriptsParametersAndPlaceholders() {
        assertEquals(List.of("Safe", "Visible"), ChecklistStorage.itemTexts("<li><script>alert(1)</script>Safe</li>"
                + "<li><ac:placeholder>Type your items here</ac:placeholder></li>"
                + "<li><ac:structured-macro ac:name=\"status\"><ac:parameter ac:name=\"title\">DONE</ac:parameter>"
                + "</ac:structured-macro>Visible<style>li{}</style></li>"));
    }

    @Test
    public void shouldTolerateBrokenMarkup() {
        assertEquals(List.of("Unclosed bold", "a < b", "tail"),
                ChecklistStorage.itemTexts("<ul><li>Unclosed <b>bold<li>a < b</ul></b></i><!-- note -->tail<![CDATA["));
    }

    private static final String PAGE = "<p>Intro</p>"
            + "<ac:structured-macro ac:name=\"mentoring-goal\" ac:schema-version=\"1\"><ac:parameter ac:name=\"title\">Speak"
            + "</ac:parameter><ac:rich-text-body><p>Steps</p></ac:rich-text-body></ac:structured-macro>"
            + "<ac:structured-macro ac:name=\"mentoring-checklist\" ac:schema-version=\"1\" ac:macro-id=\"m1\">"
            + "<ac:rich-text-body><ul><li>Mentee item</li><li><ac:structured-macro ac:name=\"info\">"
            + "<ac:parameter ac:name=\"checklistId\">inner</ac:parameter><ac:rich-text-body><p>Nested</p></ac:rich-text-body>"
            + "</ac:structured-macro></li></ul></ac:rich-text-body></ac:structured-macro>"
            + "<ac:structured-macro ac:name=\"mentoring-checklist\"><ac:parameter ac:name=\"checklistId\"> mentor </ac:parameter>"
            + "<ac:rich-text-body><p>Mentor item</p></ac:rich-text-body></ac:structured-macro>"
            + "<ac:structured-macro ac:name=\"mentoring-checklist\"><ac:parameter ac:name=\"checklistId\">empty</ac:parameter>"
            + "</ac:structured-macro>"
            + "<ac:structured-macro ac:name=\"mentoring-checklist\" />";

    @Test
    public void shouldFindTheBodyOfTheChecklistMacroWithTheGivenId() {
        assertEquals(List.of("Mentee item", "Nested"),
                ChecklistStorage.itemTexts(ChecklistStorage.findBody(PAGE, "mentee").orElseThrow()));
        assertEquals(Optional.of("<p>Mentor item</p>"), ChecklistStorage.findBody(PAGE, "mentor"));
        assertEquals(Optional.of(""), ChecklistStorage.findBody(PAGE, "empty"));
        assertEquals(Optional.empty(), ChecklistStorage.findBody(PAGE, "inner"));
        assertEquals(Optional.empty(), ChecklistStorage.findBody("<p>No macros</p>", "mentee"));
        assertEquals(Optional.empty(), ChecklistStorage.findBody(null, "mentee"));
    }

    @Test
    public void shouldFindASelfClosingChecklistMacroAsTheDefaultChecklist() {
        String page = "<ac:structured-macro ac:name=\"mentoring-checklist\" ac:schema-version=\"1\" />";

        assertEquals(Optional.of(""), ChecklistStorage.findBody(page, "mentee"));
        assertEquals(DefaultChecklist.entries(), ChecklistStorage.entries(ChecklistStorage.findBody(page, "mentee").orElseThrow()));
    }

    @Test
    public void shouldListEveryChecklistOfAPageInPageOrderByItsFirstMacro() {
        String page = "<ac:structured-macro ac:name=\"mentoring-checklist\"><ac:parameter ac:name=\"checklistId\">mentor</ac:parameter>"
                + "<ac:rich-text-body><ul><li>Book a room</li></ul></ac:rich-text-body></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"mentoring-checklist\"/>"
                + "<ac:structured-macro ac:name=\"mentoring-checklist\"><ac:parameter ac:name=\"checklistId\">mentor</ac:parameter>"
                + "<ac:rich-text-body><ul><li>Ignored: a second macro for the same checklist</li></ul></ac:rich-text-body>"
                + "</ac:structured-macro>";

        Map<String, List<ChecklistEntry>> checklists = ChecklistStorage.checklists(page);

        assertEquals(List.of("mentor", "mentee"), List.copyOf(checklists.keySet()));
        assertEquals(List.of(ChecklistEntry.written("Book a room")), checklists.get("mentor"));
        assertEquals(DefaultChecklist.entries(), checklists.get("mentee"));
        assertEquals(Map.of(), ChecklistStorage.checklists("<p>No checklist</p>"));
    }
}
