package io.mentoringspaces.storage;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.DefaultChecklist;
import io.mentoringspaces.model.GoalKeys;
import io.mentoringspaces.model.ItemText;
import io.mentoringspaces.testsupport.Fixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

/**
 * The one storage-format reader: goal macros and checklists of pages as the Confluence editor writes
 * them (the corpus under {@code fixtures/storage/}, one page per case, named after what it pins), of
 * bodies written by hand, and the refusal of bodies that are not well-formed.
 *
 * <p>Checklist items are compared as text: words as read, a mention as {@code @{user key}} (or
 * {@code @{name:user name}}), a status as {@code [title|colour]}, a date as {@code <datetime>}; the
 * built-in mentee checklist as {@code MENTEE}.
 */
public class StorageReaderTest {

    private static final String MAX = "8a7f808a8c2d1e4f018c2d5b7e210001";
    private static final String MIA = "8a7f808a8c2d1e4f018c2d5b7e210002";
    private static final List<String> MENTEE = List.of("MENTEE");

    private static PageMacros fixture(String name) throws StorageFormatException {
        return StorageReader.read(Fixtures.read("storage/" + name));
    }

    /** The page's checklists by id, each item described as the class comment says. */
    private static Map<String, List<String>> checklists(PageMacros page) {
        Map<String, List<String>> described = new LinkedHashMap<>();
        page.checklists().forEach((id, entries) -> described.put(id, describe(entries)));
        return described;
    }

    private static List<String> describe(List<ChecklistEntry> entries) {
        if (entries.equals(DefaultChecklist.entries())) {
            return MENTEE;
        }
        return entries.stream().map(entry -> describe(entry.text())).toList();
    }

    private static String describe(ItemText text) {
        StringBuilder out = new StringBuilder();
        for (ItemText.Part part : text.parts()) {
            if (part instanceof ItemText.Mention mention) {
                out.append(mention.userKey() != null ? "@{" + mention.userKey() + "}" : "@{name:" + mention.username() + "}");
            } else if (part instanceof ItemText.Status status) {
                out.append('[').append(status.title()).append(status.colour() == null ? "" : "|" + status.colour()).append(']');
            } else if (part instanceof ItemText.Date date) {
                out.append('<').append(date.datetime()).append('>');
            } else {
                out.append(part.keyText());
            }
        }
        return out.toString();
    }

    /** The items of a page holding only one checklist macro with this rich-text body. */
    private static List<String> items(String body) throws StorageFormatException {
        PageMacros page = StorageReader.read("<ac:structured-macro ac:name=\"mentoring-checklist\"><ac:rich-text-body>" + body
                + "</ac:rich-text-body></ac:structured-macro>");
        return describe(page.checklist(DefaultChecklist.ID).orElseThrow());
    }

    private static GoalMacro goal(String key, String title) {
        return new GoalMacro(key, title, null, null, null, null);
    }

    // The corpus: pages as the editor writes them.

    @Test
    public void shouldReadUserMentionsByUserKeyOrLegacyUserName() throws Exception {
        assertEquals(Map.of("mentee", List.of(
                "Ask @{" + MAX + "} about the stretch goal",
                "@{" + MIA + "} and @{" + MAX + "} agree the cadence",
                "Thank @{name:old.style} for the intro",
                "Mention without a user key or name: gone")), checklists(fixture("checklist-mentions.xml")));
    }

    @Test
    public void shouldReadStatusMacrosByTitleAndColourAndLeaveOutOnesWithoutTitle() throws Exception {
        assertEquals(Map.of("agreements", List.of("Targets [Agreed|Green]", "Cadence [In review|Yellow] until Friday", "[Open]",
                "Confidentiality")), checklists(fixture("checklist-status-macros.xml")));
    }

    @Test
    public void shouldReadLinksByTheirBodyOrElseTheirTarget() throws Exception {
        assertEquals(Map.of("reading", List.of("Read Growth plan again", "Update the log & notes", "Last meeting actions",
                "Fill in self-assessment.xlsx", "Browse TEAM", "See next-steps", "Post What I learnt")),
                checklists(fixture("checklist-page-links.xml")));
    }

    @Test
    public void shouldReadExternalLinksByTheirTextOrElseTheirAddress() throws Exception {
        assertEquals(Map.of("courses", List.of("Enrol in Negotiation basics", "Watch the keynote again",
                "Bookmark https://example.net/reading-list", "Write to the programme team")),
                checklists(fixture("checklist-external-links.xml")));
    }

    @Test
    public void shouldReadTasksWithTheirAssigneesAndDueDatesAsItemsAndNestedTasksAsItemsOfTheirOwn() throws Exception {
        assertEquals(Map.of("actions", List.of("@{" + MAX + "} books a room for the workshop <2026-03-20>",
                "Send the draft to @{" + MIA + "}", "Fix the figures first")),
                checklists(fixture("checklist-task-list-with-assignees-and-due-dates.xml")));
    }

    @Test
    public void shouldReadATableRowAsOneItemLeavingOutHeaderRowsAndFindAGoalInATableCell() throws Exception {
        PageMacros page = fixture("checklist-in-table.xml");

        assertEquals(List.of(new GoalMacro("g-negotiate", "Negotiate a supplier contract", null, null, "2026-09-30", null)),
                page.goals());
        assertEquals(Map.of("negotiation", List.of("Read the contract <2026-04-01>", "List the three risks")), checklists(page));
    }

    @Test
    public void shouldFindGoalsAndAChecklistInLayoutCellsAndInAnExpandMacro() throws Exception {
        PageMacros page = fixture("layout-with-goals-and-checklist.xml");

        assertEquals(List.of(
                new GoalMacro("g-present", "Present at the all-hands", "One ten-minute talk", null, null, "in-progress"),
                new GoalMacro("g-budget", "Own the team budget", null, "Quarterly review with the mentor", null, null)),
                page.goals());
        assertEquals(Map.of("prep", List.of("Re-read the last notes", "Bring one question")), checklists(page));
    }

    @Test
    public void shouldLeaveEmoticonsOutOfItemsAndAnItemOfOnlyAnEmoticonOut() throws Exception {
        assertEquals(Map.of("wins", List.of("Celebrate the first talk", "Share the news", "Rest then plan")),
                checklists(fixture("checklist-emoticons.xml")));
    }

    @Test
    public void shouldNotReadMacrosOrItemsOutOfTheCdataOfCodeMacros() throws Exception {
        PageMacros page = fixture("code-macros.xml");

        assertEquals(List.of(), page.goals());
        assertEquals(Map.of("sql", List.of("Run the query below", "Explain the plan with EXPLAIN")), checklists(page));
    }

    @Test
    public void shouldDecodeTheHtmlEntitySetAndKeepUnknownNamesAndBareAmpersandsAsText() throws Exception {
        assertEquals(Map.of("entities", List.of("Mentor\u2019s time & expertise\u2026",
                "\u201cStretch\u201d goals \u2013 2\u00d7 a year, \u2265 1\u00bd days", "R&D \u00a9 \u20ac100 \u2713 \u2122",
                "AT&T &unknownentity; stays as written")), checklists(fixture("checklist-entities.xml")));
    }

    @Test
    public void shouldFindAChecklistInAnExpandInAPanelInALayoutCellAndReadAnInfoMacroInItAsItems() throws Exception {
        PageMacros page = fixture("checklist-nested-two-deep.xml");

        assertEquals(List.of(), page.goals());
        assertEquals(Map.of("quarter", List.of("Review the goals", "Collect feedback", "Ask two peers")), checklists(page));
    }

    @Test
    public void shouldFindChecklistsInInfoAndExpandMacrosInPageOrder() throws Exception {
        Map<String, List<String>> checklists = checklists(fixture("checklist-in-info-and-expand-macros.xml"));

        assertEquals(List.of("mentee", "mentor"), List.copyOf(checklists.keySet()));
        assertEquals(MENTEE, checklists.get("mentee"));
        assertEquals(List.of("Share one story from your own career", "Introduce one contact"), checklists.get("mentor"));
    }

    @Test
    public void shouldSkipEmptyParagraphsAndReadAChecklistOfOnlyEmptyParagraphsAsTheMenteeChecklist() throws Exception {
        assertEquals(Map.of("spaced", List.of("First", "Second"), "blank", MENTEE), checklists(fixture("empty-paragraphs.xml")));
    }

    @Test
    public void shouldEndAnItemAtEveryLineBreakButNotAtANewlineInTheSource() throws Exception {
        assertEquals(Map.of("lines", List.of("Agree the goals", "Agree the cadence", "Agree how we give feedback",
                "One item written over two source lines", "Item with a break", "inside it")),
                checklists(fixture("line-breaks.xml")));
    }

    @Test
    public void shouldReadUnknownMacrosBodiesAsItemsAndLetBodilessMacrosAddNothing() throws Exception {
        assertEquals(Map.of("tickets", List.of("Close first", "Start here", "Text in an unknown macro's body", "Study the diagram")),
                checklists(fixture("unknown-macros.xml")));
    }

    @Test
    public void shouldTakeTheFirstMacroOfEachChecklistIdTrimmedAndKeepIdsAsWritten() throws Exception {
        Map<String, List<String>> checklists = checklists(fixture("checklist-ids.xml"));

        assertEquals(List.of("mentor", "mentee", "empty-body", "not a valid id", "plain"), List.copyOf(checklists.keySet()));
        assertEquals(List.of("Book a room"), checklists.get("mentor"));
        assertEquals(MENTEE, checklists.get("mentee"));
        assertEquals(MENTEE, checklists.get("empty-body"));
        assertEquals(List.of("Kept as written: the index refuses the id"), checklists.get("not a valid id"));
        assertEquals(List.of("One", "Two", "Three"), checklists.get("plain"));
    }

    @Test
    public void shouldReadAMeetingPageWithItsOwnChecklistAndNothingOfItsOtherMacros() throws Exception {
        PageMacros page = fixture("meeting-page.xml");

        assertEquals(List.of(), page.goals());
        assertEquals(Map.of("talk-prep", List.of("Send the outline to @{" + MIA + "} by <2026-03-18>", "Slides [Draft|Yellow]",
                "Rehearse with the timer app")), checklists(page));
    }

    @Test
    public void shouldReadAGrowthPlanPageWithNestedGoalsAKeylessGoalAndAChecklist() throws Exception {
        PageMacros page = fixture("growth-plan-page.xml");

        assertEquals(List.of(
                new GoalMacro("g-speak", "Speak at a team meeting", "Two talks of ten minutes each", "After each talk, with my mentor",
                        "2026-06-30", "in-progress"),
                goal("g-slides", "Design clear slides"),
                new GoalMacro(null, "Learn SQL & reporting", "Write the monthly report alone", null, null, "not-started")),
                page.goals());
        assertEquals(Map.of("onboarding", List.of("Meet the team", "Read Feedback log")), checklists(page));
    }

    @Test
    public void shouldReadEveryParameterOfWellFormedGoalsInPageOrder() throws Exception {
        assertEquals(List.of(
                new GoalMacro("public-speaking", "Speak at a team meeting", "Two talks of ten minutes",
                        "After each talk, with the mentor", "2026-06-30", "in-progress"),
                goal("sql", "Learn SQL")), fixture("well-formed.xml").goals());
    }

    @Test
    public void shouldReadHtmlEntitiesAndLeaveCdataAndCommentsAlone() throws Exception {
        assertEquals(List.of(new GoalMacro("cafe", "Caf\u00e9 \u00abpitch\u00bb & Q&A", "10 %\u2026", null, null, null)),
                fixture("entities.xml").goals());
    }

    @Test
    public void shouldFindGoalsInsideOtherMacrosWithoutTakingTheirParameters() throws Exception {
        assertEquals(List.of(goal("outer", "Lead a project"), goal("inner", "Write the project plan"),
                goal("in-table", "Mentor a newcomer")), fixture("nested-macros.xml").goals());
    }

    @Test
    public void shouldReportDuplicateGoalKeysAsWritten() throws Exception {
        assertEquals(List.of("same", "same", "other"), fixture("duplicate-keys.xml").goals().stream().map(GoalMacro::goalKey).toList());
    }

    @Test
    public void shouldTreatABlankTitleAsMissingAndDeriveTheKeyOfAKeylessGoalFromItsTitle() throws Exception {
        List<GoalMacro> goals = fixture("missing-title.xml").goals();

        assertEquals(null, goals.get(0).title());
        assertEquals("untitled", goals.get(0).effectiveKey());
        assertEquals(null, goals.get(1).goalKey());
        assertEquals(GoalKeys.fromTitle("Keyless goal"), goals.get(1).effectiveKey());
        assertEquals(GoalKeys.fromTitle("  keyless   GOAL "), goals.get(1).effectiveKey());
        assertTrue(goals.get(1).effectiveKey().matches("t-[0-9a-f]{12}"));
    }

    // Refusals: a page is read whole or not at all.

    @Test
    public void shouldRefuseMalformedContentSayingWhere() {
        StorageFormatException e = assertThrows(StorageFormatException.class, () -> fixture("malformed.xml"));
        assertTrue(e.getMessage(), e.getMessage().startsWith("line 3, column "));
    }

    @Test
    public void shouldRefuseAPageOfHtmlThatIsNotXhtmlWholeWithItsChecklist() {
        assertThrows(StorageFormatException.class, () -> fixture("not-xhtml.xml"));
    }

    @Test
    public void shouldRefuseBrokenMarkupInsteadOfGuessingItsItems() {
        for (String broken : List.of("<ul><li>Unclosed <b>bold<li>a < b</ul>", "<p>One<br>Two</p>", "tail<![CDATA[",
                "<li>Control \u0001 character</li>", "<li>&#0;</li>", "<li>Unbound prefix <x:y/></li>")) {
            assertThrows(broken, StorageFormatException.class, () -> items(broken));
        }
    }

    @Test
    public void shouldRefuseADoctypeInsteadOfExpandingIt() {
        assertThrows(StorageFormatException.class, () -> StorageReader.read(
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><p>&e;</p>"));
        assertThrows(StorageFormatException.class, () -> StorageReader.read("<!DOCTYPE html><p>Hello</p>"));
    }

    @Test
    public void shouldReadAnEmptyOrMissingBodyAsNoMacros() throws Exception {
        assertEquals(PageMacros.NONE, StorageReader.read(""));
        assertEquals(PageMacros.NONE, StorageReader.read(null));
        assertEquals(PageMacros.NONE, StorageReader.read("<p>No macros</p>"));
    }

    // Checklist items of bodies written by hand.

    @Test
    public void shouldReadOneItemPerListItemCollapsingSpaces() throws Exception {
        assertEquals(List.of("Write the plan", "Book a quiet room"),
                items("<ul><li>Write the plan</li><li>Book a <strong>quiet</strong>\n room</li></ul>"));
    }

    @Test
    public void shouldReadOneItemPerLineOfParagraphsAndLineBreaks() throws Exception {
        assertEquals(List.of("One", "Two", "Three"), items("<p>One<br/>Two</p><p>Three</p>"));
        assertEquals(List.of("One", "Two", "Three"), items("<p>One<br />Two</p>\n<p>\n  Three\n</p>"));
    }

    @Test
    public void shouldReadOneItemPerLineOfBareText() throws Exception {
        assertEquals(List.of("One", "Two", "Three"), items("One\nTwo\r\n\n  Three  "));
    }

    @Test
    public void shouldReadNestedListItemsAsItemsOfTheirOwn() throws Exception {
        assertEquals(List.of("Parent", "Child", "Sibling"), items("<ol><li>Parent<ul><li>Child</li></ul></li><li>Sibling</li></ol>"));
    }

    @Test
    public void shouldUseTheBuiltInMenteeChecklistForAnEmptyBody() throws Exception {
        for (String empty : new String[] {"", "  \n ", "<p><br/></p>", "<ul><li> </li></ul>", "<p>&nbsp;</p>"}) {
            assertEquals(empty, MENTEE, items(empty));
        }
        assertEquals(List.of(ChecklistEntry.written("Only item")),
                StorageReader.read("<ac:structured-macro ac:name=\"mentoring-checklist\"><ac:rich-text-body><p>Only item</p>"
                        + "</ac:rich-text-body></ac:structured-macro>").checklist("mentee").orElseThrow());
    }

    @Test
    public void shouldLeaveOutScriptsParametersPlaceholdersAndTheAppsOwnMacros() throws Exception {
        assertEquals(List.of("Safe", "Visible"), items("<li><script>alert(1)</script>Safe</li>"
                + "<li><ac:placeholder>Type your items here</ac:placeholder></li>"
                + "<li><ac:structured-macro ac:name=\"mentoring-goal\"><ac:parameter ac:name=\"title\">Goal</ac:parameter>"
                + "<ac:rich-text-body><p>Steps are not items</p></ac:rich-text-body></ac:structured-macro>Visible<style>li{}</style></li>"));
    }

    @Test
    public void shouldGiveTheSameKeyTextWhateverTheSpacingAroundMentionsAndStatuses() throws Exception {
        String tight = "<li>Ask<ac:link><ri:user ri:userkey=\"k\"/></ac:link></li>";
        String spaced = "<li> Ask&nbsp;\n <ac:link><ri:user ri:userkey=\"k\"/></ac:link>  </li>";

        assertEquals(List.of("Ask@{k}"), items(tight));
        assertEquals(List.of("Ask @{k}"), items(spaced));
        assertEquals(ChecklistEntry.written(new ItemText(List.of(new ItemText.Text("Ask "), new ItemText.Mention("k", null))))
                .fingerprint(), ChecklistEntry.written("ask @K").fingerprint());
    }

    @Test
    public void shouldFindTheChecklistWithTheGivenIdOnly() throws Exception {
        PageMacros page = fixture("checklist-ids.xml");

        assertEquals(Optional.of(List.of(ChecklistEntry.written("Book a room"))), page.checklist("mentor"));
        assertEquals(Optional.empty(), page.checklist("inner"));
        assertEquals(Optional.empty(), PageMacros.NONE.checklist("mentee"));
    }

    // The parser's own rules.

    @Test
    public void shouldRewriteNamedReferencesOutsideCdataAndCommentsOnly() {
        assertEquals("a&#160;b &amp; c &amp;nope; &lt; &#233; <![CDATA[&nbsp;]]><!-- &rsquo; -->",
                StorageReader.numericReferences("a&nbsp;b & c &nope; &lt; &#233; <![CDATA[&nbsp;]]><!-- &rsquo; -->"));
    }

    @Test
    public void shouldKnowTheWholeHtmlEntitySet() throws Exception {
        assertEquals(List.of("\u2019\u03a9\u2660\u00ff\u2030\u2261 x"), items("<p>&nbsp;&rsquo;&Omega;&spades;&yuml;&permil;&equiv; x</p>"));
    }

    @Test
    public void shouldParseTemplatesWithTheStoragePrefixesDeclared() throws Exception {
        assertEquals(StorageReader.AT, StorageReader.parse("<at:var at:name=\"x\"/>").getDocumentElement().getFirstChild()
                .getNamespaceURI());
    }
}
