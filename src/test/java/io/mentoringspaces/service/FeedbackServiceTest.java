package io.mentoringspaces.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.Feedback;
import io.mentoringspaces.model.FeedbackSide;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingFeedback;
import io.mentoringspaces.model.MeetingPageContent;
import io.mentoringspaces.model.MeetingState;
import io.mentoringspaces.model.PracticeFigures;
import io.mentoringspaces.model.Pulse;
import io.mentoringspaces.model.Suggestion;
import io.mentoringspaces.model.SuggestionMark;
import io.mentoringspaces.model.WrittenItem;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.StatementCounter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.Before;
import org.junit.Test;

/**
 * Feedback both ways on the real database: the pulse each side gives a meeting, the mentee's marks on
 * the mentor's suggestions, the figures they make on the plan row and the reads behind the feedback
 * macros and the feedback log.
 */
public class FeedbackServiceTest extends DatabaseTest {

    private static final LocalDate MARCH_9 = LocalDate.of(2026, 3, 9);
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    private FeedbackService feedback;
    private GrowthPlan plan;

    @Before
    public void givenAPlanWithAMeeting() {
        feedback = new FeedbackService(ao, new Changes(ao), CLOCK);
        plan = givenPlan("MENT");
        meetings.link(plan.id(), 1L, MARCH_9, "2026-03-09 Mentoring meeting");
    }

    private void held(long pageId) {
        meetings.setState(pageId, MeetingState.HELD, null, plan.menteeKey());
    }

    private PracticeFigures figures() {
        return plans.getBySpaceKey("MENT").practice();
    }

    /** Saves the page with each side's text and the mentor's suggestions, as the index does. */
    private void page(long pageId, Map<FeedbackSide, String> texts, String... suggestions) {
        meetings.syncPage(pageId, new MeetingPageContent(false, Instant.parse("2026-03-09T12:00:00Z"), List.of(), texts,
                IntStream.range(0, suggestions.length)
                        .mapToObj(i -> new WrittenItem(ChecklistEntry.written(suggestions[i]), suggestions[i]))
                        .toList()));
    }

    /** Both sides' pulses on the meeting of a page, mentee first. */
    private List<Pulse> pulses(long pageId) {
        MeetingFeedback read = feedback.feedback(pageId);
        return List.of(read.side(FeedbackSide.MENTEE).pulse(), read.side(FeedbackSide.MENTOR).pulse());
    }

    private String keyOf(long pageId, String text) {
        return feedback.feedback(pageId).suggestions().stream().filter(s -> s.text().equals(text)).findFirst().orElseThrow()
                .itemKey();
    }

    @Test
    public void shouldKeepOnePulsePerSideAndMeetingAndChangeItWhenGivenAgain() {
        feedback.setPulse(1L, FeedbackSide.MENTEE, 3, plan.menteeKey());
        Pulse changed = feedback.setPulse(1L, FeedbackSide.MENTEE, 5, plan.menteeKey());
        feedback.setPulse(1L, FeedbackSide.MENTOR, 4, plan.mentorKey());

        assertEquals(new Pulse(5, plan.menteeKey(), CLOCK.instant()), changed);
        MeetingFeedback read = feedback.feedback(1L);
        assertEquals(changed, read.side(FeedbackSide.MENTEE).pulse());
        assertEquals(4, read.side(FeedbackSide.MENTOR).pulse().value());
        assertEquals(plan.mentorKey(), read.side(FeedbackSide.MENTOR).pulse().by());
    }

    @Test
    public void shouldLetEachSideGiveOnlyItsOwnPulse() {
        InvalidInputException mentorForMentee = assertThrows(InvalidInputException.class,
                () -> feedback.setPulse(1L, FeedbackSide.MENTEE, 4, plan.mentorKey()));
        InvalidInputException menteeForMentor = assertThrows(InvalidInputException.class,
                () -> feedback.setPulse(1L, FeedbackSide.MENTOR, 4, plan.menteeKey()));
        assertThrows(InvalidInputException.class, () -> feedback.setPulse(1L, FeedbackSide.MENTEE, 4, "someone-else"));

        assertEquals("side", mentorForMentee.getField());
        assertEquals("side", menteeForMentor.getField());
        assertEquals(List.of(Pulse.NONE, Pulse.NONE), pulses(1L));
    }

    @Test
    public void shouldRefuseAPulseOutsideOneToFive() {
        assertEquals("pulse", assertThrows(InvalidInputException.class,
                () -> feedback.setPulse(1L, FeedbackSide.MENTEE, 0, plan.menteeKey())).getField());
        assertEquals("pulse", assertThrows(InvalidInputException.class,
                () -> feedback.setPulse(1L, FeedbackSide.MENTEE, 6, plan.menteeKey())).getField());
        assertEquals(List.of(Pulse.NONE, Pulse.NONE), pulses(1L));
    }

    @Test
    public void shouldRefuseAPulseForAPageThatIsNoMeeting() {
        assertThrows(NotFoundException.class, () -> feedback.setPulse(99L, FeedbackSide.MENTEE, 4, plan.menteeKey()));
        meetings.trash(1L);
        assertThrows(NotFoundException.class, () -> feedback.setPulse(1L, FeedbackSide.MENTEE, 4, plan.menteeKey()));
    }

    @Test
    public void shouldRefuseAPulseForACancelledMeetingButTakeBackOneGivenBefore() {
        feedback.setPulse(1L, FeedbackSide.MENTOR, 3, plan.mentorKey());
        meetings.setState(1L, MeetingState.CANCELLED, null, plan.menteeKey());

        ConflictException refused = assertThrows(ConflictException.class,
                () -> feedback.setPulse(1L, FeedbackSide.MENTEE, 4, plan.menteeKey()));
        assertEquals("mentoring.error.pulse.cancelled", refused.getMessageKey());
        assertThrows(ConflictException.class, () -> feedback.setPulse(1L, FeedbackSide.MENTOR, 5, plan.mentorKey()));
        assertEquals(List.of(Pulse.NONE, new Pulse(3, plan.mentorKey(), CLOCK.instant())), pulses(1L));

        assertEquals(Pulse.NONE, feedback.setPulse(1L, FeedbackSide.MENTOR, null, plan.mentorKey()));
        assertEquals(List.of(Pulse.NONE, Pulse.NONE), pulses(1L));
    }

    @Test
    public void shouldTakeAPulseBackAndLeaveItOutOfTheFigures() {
        held(1L);
        feedback.setPulse(1L, FeedbackSide.MENTEE, 4, plan.menteeKey());
        assertEquals(1, figures().pulseMenteeCount());

        Pulse taken = feedback.setPulse(1L, FeedbackSide.MENTEE, null, plan.menteeKey());

        assertEquals(Pulse.NONE, taken);
        assertEquals(0, figures().pulseMenteeCount());
        assertEquals(0, figures().feedbackMentee());
    }

    @Test
    public void shouldCountFeedbackAndPulsesOfHeldMeetingsOnly() {
        meetings.link(plan.id(), 2L, MARCH_2, "2026-03-02 Mentoring meeting");
        feedback.setPulse(1L, FeedbackSide.MENTEE, 4, plan.menteeKey());
        page(2L, Map.of(FeedbackSide.MENTOR, "Keep the demo short"));
        assertEquals(0, figures().feedbackMentee());
        assertEquals(0, figures().feedbackMentor());

        held(1L);
        held(2L);
        feedback.setPulse(2L, FeedbackSide.MENTEE, 5, plan.menteeKey());

        PracticeFigures figures = figures();
        assertEquals(2, figures.feedbackMentee());
        assertEquals(1, figures.feedbackMentor());
        assertEquals(100, figures.feedbackPercent(FeedbackSide.MENTEE));
        assertEquals(50, figures.feedbackPercent(FeedbackSide.MENTOR));
        assertEquals("4.5", figures.averagePulse(FeedbackSide.MENTEE));
        assertNull(figures.averagePulse(FeedbackSide.MENTOR));
    }

    @Test
    public void shouldKeepThePulseWhenThePageIsSavedAgain() {
        feedback.setPulse(1L, FeedbackSide.MENTOR, 2, plan.mentorKey());

        page(1L, Map.of(FeedbackSide.MENTOR, "Good questions"));
        page(1L, Map.of());

        Feedback mentor = feedback.feedback(1L).side(FeedbackSide.MENTOR);
        assertEquals(2, mentor.pulse().value());
        assertNull(mentor.text());
    }

    @Test
    public void shouldLetOnlyTheMenteeMarkASuggestionAndCountTheAppliedOnes() {
        page(1L, Map.of(FeedbackSide.MENTOR, "Pair on a review\nWrite a design note"), "Pair on a review", "Write a design note");
        String review = keyOf(1L, "Pair on a review");

        Suggestion applied = feedback.markSuggestion(1L, review, SuggestionMark.APPLIED, plan.menteeKey());

        assertEquals(SuggestionMark.APPLIED, applied.mark());
        assertEquals(plan.menteeKey(), applied.markedBy());
        assertEquals(CLOCK.instant(), applied.markedAt());
        assertEquals(2, figures().suggestions());
        assertEquals(1, figures().suggestionsApplied());
        assertEquals("user", assertThrows(InvalidInputException.class,
                () -> feedback.markSuggestion(1L, review, SuggestionMark.TRIED, plan.mentorKey())).getField());
        assertThrows(NotFoundException.class, () -> feedback.markSuggestion(1L, "nokey", SuggestionMark.TRIED, plan.menteeKey()));

        feedback.markSuggestion(1L, review, SuggestionMark.TRIED, plan.menteeKey());
        assertEquals(0, figures().suggestionsApplied());
    }

    @Test
    public void shouldKeepASuggestionsMarkWhenItsTextMovesAndWhenItComesBack() {
        page(1L, Map.of(FeedbackSide.MENTOR, "a"), "Pair on a review", "Write a design note");
        String review = keyOf(1L, "Pair on a review");
        feedback.markSuggestion(1L, review, SuggestionMark.APPLIED, plan.menteeKey());

        page(1L, Map.of(FeedbackSide.MENTOR, "a"), "Write a design note");
        assertEquals(List.of("Write a design note"),
                feedback.feedback(1L).suggestions().stream().map(Suggestion::text).toList());
        assertEquals(0, figures().suggestionsApplied());
        assertThrows(NotFoundException.class, () -> feedback.markSuggestion(1L, review, SuggestionMark.TRIED, plan.menteeKey()));

        page(1L, Map.of(FeedbackSide.MENTOR, "a"), "Write a design note", "Pair on a review");
        Suggestion back = feedback.feedback(1L).suggestions().get(1);
        assertEquals(review, back.itemKey());
        assertEquals(SuggestionMark.APPLIED, back.mark());
        assertEquals(1, figures().suggestionsApplied());
    }

    @Test
    public void shouldListThePlansFeedbackNewestMeetingFirstWithoutTrashedPages() {
        meetings.link(plan.id(), 2L, MARCH_2, "2026-03-02 Mentoring meeting");
        meetings.link(plan.id(), 3L, TODAY, "2026-03-16 Mentoring meeting");
        page(2L, Map.of(FeedbackSide.MENTEE, "Clear next steps"), new String[0]);
        meetings.trash(3L);

        List<MeetingFeedback> log = feedback.planFeedback(plan.id());

        assertEquals(List.of(1L, 2L), log.stream().map(MeetingFeedback::pageId).toList());
        assertEquals("Clear next steps", log.get(1).side(FeedbackSide.MENTEE).text());
        assertNull(log.get(0).side(FeedbackSide.MENTEE).text());
    }

    @Test
    public void shouldReadAMeetingsFeedbackAndThePlansLogInAFixedNumberOfStatements() {
        GrowthPlan large = givenPlan("LARGE");
        for (long page = 100; page < 300; page++) {
            meetings.link(large.id(), page, MARCH_2.minusDays(page), "Meeting " + page);
            page(page, Map.of(FeedbackSide.MENTEE, "Feedback " + page, FeedbackSide.MENTOR, "Try " + page), "Try " + page);
        }
        page(1L, Map.of(FeedbackSide.MENTEE, "Feedback"), "Try");

        int one = statements(() -> feedback.planFeedback(plan.id()), 1);
        int many = statements(() -> feedback.planFeedback(large.id()), 200);
        int page = statements(() -> List.of(feedback.feedback(150L)), 1);

        assertEquals("the links, the feedback rows, the suggestions", 3, one);
        assertEquals(one, many);
        assertEquals("the link, the feedback rows and the suggestions of the page", 3, page);
    }

    private static int statements(Supplier<List<?>> read, int expectedSize) {
        try (StatementCounter.Recording recording = StatementCounter.record()) {
            assertEquals(expectedSize, read.get().size());
            return recording.count();
        }
    }
}
