package io.mentoringspaces.storage;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.model.GoalKeys;
import io.mentoringspaces.testsupport.Fixtures;
import java.util.List;
import org.junit.Test;

/** Reading the goal macros of growth-plan pages, fixture by fixture. */
public class GoalMacroReaderTest {

    private static List<GoalMacro> read(String fixture) throws StorageFormatException {
        return GoalMacroReader.read(Fixtures.read("storage/" + fixture));
    }

    @Test
    public void shouldReadEveryParameterOfWellFormedGoalsInPageOrder() throws Exception {
        assertEquals(List.of(
                new GoalMacro("public-speaking", "Speak at a team meeting", "Two talks of ten minutes",
                        "After each talk, with the mentor", "2026-06-30", "in-progress"),
                new GoalMacro("sql", "Learn SQL", null, null, null, null)), read("well-formed.xml"));
    }

    @Test
    public void shouldReadHtmlEntitiesAndLeaveCdataAndCommentsAlone() throws Exception {
        assertEquals(List.of(new GoalMacro("cafe", "Caf\u00e9 \u00abpitch\u00bb & Q&A", "10 %\u2026", null, null, null)),
                read("entities.xml"));
    }

    @Test
    public void shouldFindGoalsInsideOtherMacrosWithoutTakingTheirParameters() throws Exception {
        assertEquals(List.of(
                new GoalMacro("outer", "Lead a project", null, null, null, null),
                new GoalMacro("inner", "Write the project plan", null, null, null, null),
                new GoalMacro("in-table", "Mentor a newcomer", null, null, null, null)), read("nested-macros.xml"));
    }

    @Test
    public void shouldReportDuplicateKeysAsWritten() throws Exception {
        assertEquals(List.of("same", "same", "other"), read("duplicate-keys.xml").stream().map(GoalMacro::goalKey).toList());
    }

    @Test
    public void shouldTreatABlankTitleAsMissingAndDeriveTheKeyOfAKeylessGoalFromItsTitle() throws Exception {
        List<GoalMacro> goals = read("missing-title.xml");

        assertEquals(null, goals.get(0).title());
        assertEquals("untitled", goals.get(0).effectiveKey());
        assertEquals(null, goals.get(1).goalKey());
        assertEquals(GoalKeys.fromTitle("Keyless goal"), goals.get(1).effectiveKey());
        assertEquals(GoalKeys.fromTitle("  keyless   GOAL "), goals.get(1).effectiveKey());
        assertTrue(goals.get(1).effectiveKey().matches("t-[0-9a-f]{12}"));
    }

    @Test
    public void shouldRefuseMalformedContentSayingWhere() {
        StorageFormatException e = assertThrows(StorageFormatException.class, () -> read("malformed.xml"));
        assertTrue(e.getMessage(), e.getMessage().startsWith("line 3, column "));
    }

    @Test
    public void shouldRefuseADoctypeInsteadOfExpandingIt() {
        assertThrows(StorageFormatException.class, () -> GoalMacroReader.read(
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><p>&e;</p>"));
    }

    @Test
    public void shouldReadAnEmptyOrMissingBodyAsNoGoals() throws Exception {
        assertEquals(List.of(), GoalMacroReader.read(""));
        assertEquals(List.of(), GoalMacroReader.read(null));
    }

    @Test
    public void shouldRewriteNamedReferencesOutsideCdataOnly() {
        assertEquals("a&#160;b &amp; c &amp;nope; &lt; &#233; <![CDATA[&nbsp;]]>",
                StorageFormat.numericReferences("a&nbsp;b & c &nope; &lt; &#233; <![CDATA[&nbsp;]]>"));
    }

    @Test
    public void shouldEscapeTextForElementsAndAttributes() {
        assertEquals("&lt;script&gt;&amp;&quot;&#39;", StorageFormat.escape("<script>&\"'"));
    }
}
