package io.mentoringspaces.storage;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.mentoringspaces.model.FeedbackSide;
import io.mentoringspaces.model.WrittenItem;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** The feedback macros of a meeting page, read from storage format as the index reads them. */
public class FeedbackReaderTest {

    private static String feedback(String side, String body) {
        return "<ac:structured-macro ac:name=\"mentoring-feedback\"><ac:parameter ac:name=\"side\">" + side
                + "</ac:parameter><ac:rich-text-body>" + body + "</ac:rich-text-body></ac:structured-macro>";
    }

    private static List<String> suggestions(FeedbackMacros macros) {
        return macros.suggestions().stream().map(WrittenItem::text).toList();
    }

    @Test
    public void shouldReadEachSidesTextOneLinePerItem() throws Exception {
        FeedbackMacros macros = StorageReader.feedback("<h2>Feedback</h2>"
                + feedback("mentee", "<p>Clear next steps.</p><p>More time for <strong>questions</strong>&nbsp;please</p>")
                + feedback("mentor", "<p>Good preparation.</p>"));

        assertEquals(Map.of(FeedbackSide.MENTEE, "Clear next steps.\nMore time for questions please",
                FeedbackSide.MENTOR, "Good preparation."), macros.texts());
    }

    @Test
    public void shouldTakeTheListItemsOfTheMentorsFeedbackAsSuggestionsInPageOrder() throws Exception {
        FeedbackMacros macros = StorageReader.feedback(feedback("mentor",
                "<p>Well done.</p><ul><li>Pair on a review<ul><li>with Sam</li></ul></li><li>Write a <em>design</em> note</li></ul>"
                        + "<ol><li>Ask for feedback on <ac:link><ri:user ri:userkey=\"u42\"/></ac:link></li></ol>")
                + feedback("mentee", "<ul><li>Not a suggestion</li></ul>"));

        assertEquals(List.of("Pair on a review", "with Sam", "Write a design note", "Ask for feedback on @u42"),
                suggestions(macros));
        assertEquals(macros.suggestions().get(2).entry().fingerprint(),
                StorageReader.feedback(feedback("mentor", "<ul><li>write a DESIGN   note</li></ul>")).suggestions().get(0).entry()
                        .fingerprint());
    }

    @Test
    public void shouldReadTheFirstMacroOfEachSideAndLeaveOutUnknownSidesAndEmptyBodies() throws Exception {
        FeedbackMacros macros = StorageReader.feedback(feedback("mentor", "<ul><li>First</li></ul>")
                + feedback("mentor", "<ul><li>Second</li></ul>") + feedback("coordinator", "<p>Nobody's</p>")
                + feedback("mentee", "<p> </p>"));

        assertEquals(Map.of(FeedbackSide.MENTOR, "First"), macros.texts());
        assertEquals(List.of("First"), suggestions(macros));
        assertEquals(new FeedbackMacros(Map.of(), List.of()), StorageReader.feedback("<p>No feedback here</p>"));
    }

    @Test
    public void shouldRefuseAPageThatIsNotWellFormed() {
        assertThrows(StorageFormatException.class, () -> StorageReader.feedback(feedback("mentor", "<ul><li>Open")));
    }
}
