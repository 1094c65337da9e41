package io.mentoringspaces.listener;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import io.mentoringspaces.ao.FeedbackEntity;
import io.mentoringspaces.ao.MeetingItemEntity;
import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.model.FeedbackSide;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingFeedback;
import io.mentoringspaces.model.Suggestion;
import io.mentoringspaces.model.SuggestionMark;
import io.mentoringspaces.service.Changes;
import io.mentoringspaces.service.FeedbackService;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.StatementCounter;
import java.util.List;
import net.java.ao.Query;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Saving a meeting page in the test Confluence keeps what the index holds of its feedback macros in
 * step: each side's text and the mentor's suggestions, with the mentee's marks kept across versions.
 */
public class FeedbackIndexTest extends DatabaseTest {

    private static final Label MEETING = new Label("mentoring-meeting");

    private ConfluenceDouble confluence;
    private FeedbackService feedback;
    private GrowthPlan plan;

    @Before
    public void givenAMentoringSpace() {
        confluence = new ConfluenceDouble(CLOCK);
        confluence.startApp(ao);
        confluence.user("mia", "Mia Mentee");
        plan = givenPlan("MENT");
        confluence.space("MENT", "Mentoring");
        confluence.loginAs("mia");
        feedback = new FeedbackService(ao, new Changes(ao), CLOCK);
    }

    @After
    public void stopConfluence() {
        confluence.loginAs(null);
        confluence.close();
    }

    private static String body(String mentee, String mentor) {
        return "<h2>Feedback</h2>" + macro("mentee", mentee) + macro("mentor", mentor);
    }

    private static String macro(String side, String body) {
        return "<ac:structured-macro ac:name=\"mentoring-feedback\"><ac:parameter ac:name=\"side\">" + side
                + "</ac:parameter><ac:rich-text-body>" + body + "</ac:rich-text-body></ac:structured-macro>";
    }

    private Page meeting(String body) {
        return confluence.editor().createPage("MENT", null, "2026-03-09 Mentoring meeting", body, MEETING);
    }

    private static List<String> texts(MeetingFeedback read) {
        return read.suggestions().stream().map(Suggestion::text).toList();
    }

    @Test
    public void shouldKeepBothSidesFeedbackAndTheMentorsSuggestionsOfASavedMeetingPage() {
        Page page = meeting(body("<p>Clear next steps</p>", "<ul><li>Pair on a review</li><li>Write a design note</li></ul>"));

        MeetingFeedback read = feedback.feedback(page.getId());

        assertEquals("Clear next steps", read.side(FeedbackSide.MENTEE).text());
        assertEquals("Pair on a review\nWrite a design note", read.side(FeedbackSide.MENTOR).text());
        assertEquals(List.of("Pair on a review", "Write a design note"), texts(read));
        assertEquals(2, plans.getBySpaceKey("MENT").practice().suggestions());
    }

    @Test
    public void shouldKeepTheMarksWhenTheMentorEditsTheSuggestions() {
        Page page = meeting(body("<p/>", "<ul><li>Pair on a review</li><li>Write a design note</li></ul>"));
        String review = feedback.feedback(page.getId()).suggestions().get(0).itemKey();
        feedback.markSuggestion(page.getId(), review, SuggestionMark.APPLIED, plan.menteeKey());

        confluence.editor().saveNewVersion(page,
                body("<p>Thanks</p>", "<ul><li>Write a design note</li><li>pair on a  review</li><li>Read Accelerate</li></ul>"));

        MeetingFeedback read = feedback.feedback(page.getId());
        assertEquals(List.of("Write a design note", "pair on a review", "Read Accelerate"), texts(read));
        assertEquals(review, read.suggestions().get(1).itemKey());
        assertEquals(SuggestionMark.APPLIED, read.suggestions().get(1).mark());
        assertEquals("Thanks", read.side(FeedbackSide.MENTEE).text());
    }

    @Test
    public void shouldWriteNothingWhenThePageIsSavedWithTheSameFeedback() {
        String body = body("<p>Clear next steps</p>", "<ul><li>Pair on a review</li></ul>");
        Page page = meeting(body);

        try (StatementCounter.Recording recording = StatementCounter.record()) {
            confluence.editor().saveNewVersion(page, body);
            assertTrue(recording.statements().toString(),
                    recording.statements().stream().noneMatch(s -> s.matches("(?is)\\s*(insert|update|delete).*")));
        }
    }

    @Test
    public void shouldDropTheTextOfASideWhoseMacroWasRemoved() {
        Page page = meeting(body("<p>Clear next steps</p>", "<ul><li>Pair on a review</li></ul>"));

        confluence.editor().saveNewVersion(page, macro("mentee", "<p>Clear next steps</p>"));

        MeetingFeedback read = feedback.feedback(page.getId());
        assertNull(read.side(FeedbackSide.MENTOR).text());
        assertEquals(List.of(), read.suggestions());
        assertEquals(0, plans.getBySpaceKey("MENT").practice().suggestions());
    }

    @Test
    public void shouldSkipAMeetingPageWithMoreSuggestionsThanTheIndexKeeps() {
        StringBuilder many = new StringBuilder("<ul>");
        for (int i = 0; i <= 200; i++) {
            many.append("<li>Suggestion ").append(i).append("</li>");
        }
        meeting(body("<p>Fine</p>", many.append("</ul>").toString()));

        assertEquals(List.of(), meetings.meetings(plan.id()));
        assertEquals(0, ao.count(MeetingItemEntity.class, Query.select()));
        assertEquals(0, ao.count(FeedbackEntity.class, Query.select()));
    }
}
