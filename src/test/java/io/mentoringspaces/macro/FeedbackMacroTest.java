package io.mentoringspaces.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.confluence.OutputType;
import io.mentoringspaces.confluence.Storage;
import io.mentoringspaces.model.FeedbackSide;
import io.mentoringspaces.model.MeetingPageContent;
import io.mentoringspaces.model.MeetingState;
import io.mentoringspaces.model.SuggestionMark;
import io.mentoringspaces.service.Changes;
import io.mentoringspaces.service.FeedbackService;
import io.mentoringspaces.storage.FeedbackMacros;
import io.mentoringspaces.storage.StorageReader;
import io.mentoringspaces.testsupport.Html;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.Test;

/** The feedback macros on a meeting page and the feedback log, as each kind of user sees them. */
public class FeedbackMacroTest extends MacroTestBase {

    private static final long MEETING = 200;
    private static final long OLDER = 201;
    private static final String MENTEE_BODY = "<p>Clear next steps</p>";
    private static final String MENTOR_BODY = "<ul><li>Pair on a review</li><li>Write a design note</li></ul>";

    private FeedbackService feedback;

    @Before
    public void givenTwoMeetingsWithFeedback() throws Exception {
        feedback = new FeedbackService(ao, new Changes(ao), CLOCK);
        givenMeeting(MEETING, LocalDate.of(2026, 3, 9));
        givenMeeting(OLDER, LocalDate.of(2026, 3, 2));
        index(MEETING, MENTEE_BODY, MENTOR_BODY);
        index(OLDER, "<p>Shorter sessions please</p>", "<ul><li>Keep a one-line agenda</li></ul>");
    }

    private static String page(String mentee, String mentor) {
        return Storage.macro("mentoring-feedback", Map.of("side", "mentee"), mentee)
                + Storage.macro("mentoring-feedback", Map.of("side", "mentor"), mentor);
    }

    /** Saves the page with both feedback macros and keeps what the index would. */
    private void index(long pageId, String mentee, String mentor) throws Exception {
        String body = page(mentee, mentor);
        givenBody(pageId, body);
        FeedbackMacros macros = StorageReader.feedback(body);
        meetings.syncPage(pageId, new MeetingPageContent(false, Instant.parse("2026-03-09T12:00:00Z"), List.of(), macros.texts(),
                macros.suggestions()));
    }

    private String side(String side, String body, String user) {
        return render("mentoring-feedback", Map.of("side", side), body, MEETING, user);
    }

    @Test
    public void shouldShowTheMenteeTheirPulseControlsAndMarksOfTheMentorsSuggestions() {
        feedback.setPulse(MEETING, FeedbackSide.MENTEE, 4, "key-mia");

        Document mentee = Html.parse(side("mentee", MENTEE_BODY, "mia"));
        Document mentor = Html.parse(side("mentor", MENTOR_BODY, "mia"));

        assertEquals("The mentee\u2019s feedback to the mentor", mentee.selectFirst(".mentoring-feedback-heading").text());
        assertEquals("Clear next steps", mentee.selectFirst(".mentoring-feedback-body").text());
        assertEquals(List.of("false", "false", "false", "true", "false"), mentee.select("button.mentoring-pulse-value").eachAttr("aria-pressed"));
        assertEquals("4 of 5, given by Mia Mentee on 16 Mar 2026", mentee.selectFirst(".mentoring-pulse-given").text());
        assertEquals("/rest/mentoring/1.0/pages/200/feedback", mentee.selectFirst(".mentoring-feedback-record").attr("data-rest-path"));
        assertEquals(0, mentor.select("button.mentoring-pulse-value").size());
        assertEquals(List.of("Pair on a review", "Write a design note"), Html.texts(mentor.html(), ".mentoring-suggestion-text"));
        assertEquals(2, mentor.select("select.mentoring-mark").size());
        assertEquals(List.of("io.mentoringspaces.mentoring-spaces:macro-feedback"), confluence.pageBuilder().required());
    }

    @Test
    public void shouldShowTheMentorTheirPulseAndTheMarksTheMenteeGaveWithoutControls() {
        String review = feedback.feedback(MEETING).suggestions().get(0).itemKey();
        feedback.markSuggestion(MEETING, review, SuggestionMark.APPLIED, "key-mia");

        Document mentor = Html.parse(side("mentor", MENTOR_BODY, "max"));
        Document mentee = Html.parse(side("mentee", MENTEE_BODY, "max"));

        assertEquals(5, mentor.select("button.mentoring-pulse-value").size());
        assertEquals(0, mentor.select("select").size());
        assertEquals(List.of("Applied", "Not yet"), Html.texts(mentor.html(), ".mentoring-suggestion-state"));
        assertEquals("Marked by Mia Mentee on 16 Mar 2026", mentor.selectFirst(".mentoring-suggestion").attr("title"));
        assertEquals(0, mentee.select("button").size());
        assertEquals("No pulse given yet.", mentee.selectFirst(".mentoring-pulse-given").text());
    }

    @Test
    public void shouldOfferNoPulseForACancelledMeetingOnlyToTakeBackOneGivenBefore() {
        feedback.setPulse(MEETING, FeedbackSide.MENTOR, 2, "key-max");
        meetings.setState(MEETING, MeetingState.PLANNED, null, "key-mia");
        meetings.setState(MEETING, MeetingState.CANCELLED, null, "key-mia");

        Document mentee = Html.parse(side("mentee", MENTEE_BODY, "mia"));
        Document mentor = Html.parse(side("mentor", MENTOR_BODY, "max"));

        assertEquals(0, mentee.select("button").size());
        assertEquals("No pulse: this meeting was cancelled.", mentee.selectFirst(".mentoring-pulse-given").text());
        assertEquals(0, mentor.select("button.mentoring-pulse-value").size());
        assertEquals(List.of("Take back"), mentor.select("button.mentoring-pulse-clear").eachText());
        assertEquals("2 of 5, given by Max Mentor on 16 Mar 2026", mentor.selectFirst(".mentoring-pulse-given").text());
    }

    @Test
    public void shouldShowOtherReadersAndStaticOutputsNoControls() {
        feedback.setPulse(MEETING, FeedbackSide.MENTOR, 5, "key-max");
        for (String user : new String[] {"vera", "eddie", "sam"}) {
            String html = side("mentor", MENTOR_BODY, user);
            assertEquals(user, 0, Html.parse(html).select("button, select, [data-rest-path]").size());
            assertEquals(user, "5 of 5, given by Max Mentor on 16 Mar 2026", Html.text(html, ".mentoring-pulse-given"));
        }
        for (OutputType type : STATIC_OUTPUT_TYPES) {
            String html = render("mentoring-feedback", Map.of("side", "mentee"), MENTEE_BODY, MEETING, "mia", type);
            assertEquals(type.name(), 0, Html.parse(html).select("button, select, [data-rest-path]").size());
        }
    }

    @Test
    public void shouldShowAnErrorPanelForAMissingOrUnknownSide() {
        assertEquals("Side is required.", Html.text(render("mentoring-feedback", Map.of(), MENTEE_BODY, MEETING, "mia"),
                ".aui-message-error p"));
        assertEquals("Use one of: mentee, mentor.", Html.text(render("mentoring-feedback", Map.of("side", "coach"), MENTEE_BODY,
                MEETING, "mia"), ".aui-message-error p"));
    }

    @Test
    public void shouldShowTheBodyWithANoteOnAPageThatIsNoMeeting() {
        String html = render("mentoring-feedback", Map.of("side", "mentor"), MENTOR_BODY, GROWTH_PLAN_PAGE, "mia");

        assertEquals("Pair on a review Write a design note", Html.text(html, ".mentoring-feedback-body"));
        assertTrue(Html.text(html, ".aui-message").startsWith("Pulses and suggestions are kept once"));
        assertEquals(0, Html.parse(html).select("button, select").size());
    }

    @Test
    public void shouldLogBothSidesFeedbackNewestMeetingFirst() {
        feedback.setPulse(OLDER, FeedbackSide.MENTEE, 3, "key-mia");
        feedback.markSuggestion(OLDER, feedback.feedback(OLDER).suggestions().get(0).itemKey(), SuggestionMark.TRIED, "key-mia");

        String html = render("mentoring-feedback-log", Map.of(), null, GROWTH_PLAN_PAGE, "vera");

        assertEquals(List.of("9 Mar 2026 \u00b7 2026-03-09 Mentoring meeting", "2 Mar 2026 \u00b7 2026-03-02 Mentoring meeting"),
                Html.texts(html, ".mentoring-feedback-log-entry > h3"));
        assertEquals(List.of("Pair on a review \u2014 Not yet", "Write a design note \u2014 Not yet",
                "Keep a one-line agenda \u2014 Tried"), Html.texts(html, ".mentoring-feedback-log-suggestions li"));
        assertEquals(List.of("pulse 3 of 5"), Html.texts(html, ".mentoring-feedback-log-pulse"));
        assertTrue(Html.text(html, ".mentoring-feedback-log-entry:nth-of-type(2)").contains("Shorter sessions please"));
    }

    @Test
    public void shouldNotShowTheFeedbackOfAMeetingPageTheUserMayNotView() {
        confluence.restrictView(OLDER, Set.of("mia", "max"), Set.of());

        String vera = render("mentoring-feedback-log", Map.of(), null, GROWTH_PLAN_PAGE, "vera");
        String mia = render("mentoring-feedback-log", Map.of(), null, GROWTH_PLAN_PAGE, "mia");

        assertEquals(List.of("9 Mar 2026 \u00b7 2026-03-09 Mentoring meeting", "2 Mar 2026 \u00b7 Restricted page"),
                Html.texts(vera, ".mentoring-feedback-log-entry > h3"));
        assertTrue(!vera.contains("Shorter sessions") && !vera.contains("one-line agenda"));
        assertTrue(mia.contains("Shorter sessions please") && mia.contains("Keep a one-line agenda"));
    }
}
