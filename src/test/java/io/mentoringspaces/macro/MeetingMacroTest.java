package io.mentoringspaces.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.ao.MeetingLinkEntity;
import io.mentoringspaces.confluence.DeviceType;
import io.mentoringspaces.confluence.OutputType;
import io.mentoringspaces.model.MeetingPageContent;
import io.mentoringspaces.model.MeetingState;
import io.mentoringspaces.testsupport.ForbiddenCharacters;
import io.mentoringspaces.testsupport.Html;
import io.mentoringspaces.testsupport.StatementCounter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import org.jsoup.nodes.Document;
import org.junit.Test;

/**
 * The meeting record on a meeting page: the session's aims, what became of the meeting, and for the
 * plan's mentee and mentor the states they may set next, a prompt when its day passed unconfirmed,
 * and for the mentor how long before the meeting its agenda was shared.
 */
public class MeetingMacroTest extends MacroTestBase {

    private static final long PAST = 201;
    private static final long NEXT = 202;
    private static final String AIMS = "<p>Rehearse the meetup talk</p>";

    private String meeting(long pageId, String user, OutputType outputType) {
        return render("mentoring-meeting", Map.of(), AIMS, pageId, user, outputType);
    }

    private void givenMeetings() {
        confluence.page(PAST, SPACE, null, "2026-03-09 Mentoring meeting", "");
        confluence.page(NEXT, SPACE, null, "2026-03-23 Mentoring meeting", "");
        meetings.link(plan.id(), PAST, LocalDate.of(2026, 3, 9), "2026-03-09 Mentoring meeting");
        meetings.link(plan.id(), NEXT, LocalDate.of(2026, 3, 23), "2026-03-23 Mentoring meeting");
    }

    private static List<String> buttons(Document html) {
        return html.select(".mentoring-meeting-actions button").eachText();
    }

    @Test
    public void shouldPromptTheMenteeToConfirmAPastMeetingLeftUnconfirmed() {
        givenMeetings();

        Document html = Html.parse(meeting(PAST, "mia", OutputType.DISPLAY));

        assertEquals("Rehearse the meetup talk", html.selectFirst(".mentoring-meeting-aims").text());
        assertEquals("Meeting: planned for 9 Mar 2026", html.selectFirst(".mentoring-meeting-status").text());
        assertEquals("Did this meeting take place? Confirm it held, or say it was cancelled or moved.",
                html.selectFirst(".mentoring-meeting-prompt").text());
        assertEquals(List.of("Confirm held", "Cancel", "Move to a date"), buttons(html));
        assertEquals("/rest/mentoring/1.0/pages/201/meeting/state",
                html.selectFirst(".mentoring-meeting-state").attr("data-rest-path"));
        assertEquals("2026-03-10", html.selectFirst(".mentoring-meeting-move input[name=date]").val());
        assertEquals(List.of("io.mentoringspaces.mentoring-spaces:macro-meeting"), confluence.pageBuilder().required());
    }

    @Test
    public void shouldOfferNoConfirmationBeforeTheMeetingsDayAndNoPrompt() {
        givenMeetings();

        Document html = Html.parse(meeting(NEXT, "max", OutputType.DISPLAY));

        assertEquals(List.of("Cancel", "Move to a date"), buttons(html));
        assertTrue(html.select(".mentoring-meeting-prompt").isEmpty());
    }

    @Test
    public void shouldShowAHeldMeetingWithWhoConfirmedItAndTheWayBackToPlanned() {
        givenMeetings();
        meetings.setState(PAST, MeetingState.HELD, null, "key-mia");

        Document html = Html.parse(meeting(PAST, "max", OutputType.DISPLAY));

        assertEquals("Meeting: held on 9 Mar 2026 (set by Mia Mentee on 16 Mar 2026)",
                html.selectFirst(".mentoring-meeting-status").text());
        assertEquals(List.of("Back to planned"), buttons(html));
        assertTrue(html.select(".mentoring-meeting-prompt").isEmpty());
    }

    @Test
    public void shouldShowTheMentorAloneHowLongBeforeTheMeetingTheAgendaWasShared() {
        givenMeetings();
        meetings.syncPage(PAST, new MeetingPageContent(true, Instant.parse("2026-03-06T10:00:00Z"), List.of(), Map.of(),
                List.of()));

        String mentor = Html.text(meeting(PAST, "max", OutputType.DISPLAY), ".mentoring-meeting-agenda");
        Document mentee = Html.parse(meeting(PAST, "mia", OutputType.DISPLAY));

        assertEquals("Agenda shared 2 days before the meeting", mentor);
        assertTrue(mentee.select(".mentoring-meeting-agenda").isEmpty());
    }

    @Test
    public void shouldShowOthersTheStateOnlyWithoutButtonsOrPrompt() {
        givenMeetings();
        meetings.setState(PAST, MeetingState.CANCELLED, null, "key-max");

        for (String user : new String[] {"eddie", "vera"}) {
            String html = meeting(PAST, user, OutputType.DISPLAY);

            assertEquals(user, "Meeting: cancelled at short notice (was 9 Mar 2026) (set by Max Mentor on 16 Mar 2026)",
                    Html.text(html, ".mentoring-meeting-status"));
            Html.assertStatic(html);
            assertTrue(user, Html.parse(html).select(".mentoring-meeting-prompt, .mentoring-meeting-agenda").isEmpty());
        }
        assertEquals(List.of(), confluence.pageBuilder().required());
    }

    @Test
    public void shouldExportTheAimsAndStateAsStaticText() {
        givenMeetings();

        for (OutputType output : STATIC_OUTPUT_TYPES) {
            String html = meeting(PAST, "mia", output);

            Html.assertStatic(html);
            assertEquals(output.name(), "Meeting: planned for 9 Mar 2026", Html.text(html, ".mentoring-meeting-status"));
            assertEquals(output.name(), "Rehearse the meetup talk", Html.text(html, ".mentoring-meeting-aims"));
        }
    }

    @Test
    public void shouldSayWhenThePageIsNoMeetingOfThePlanAndWhenNoAimsAreWritten() {
        String html = render("mentoring-meeting", Map.of(), null, GROWTH_PLAN_PAGE, "mia", OutputType.DISPLAY);

        assertEquals("No aims written yet: edit the page and write them here.", Html.text(html, ".mentoring-meeting-aims"));
        assertTrue(html, Html.text(html, ".aui-message-info").startsWith("This page is not a meeting of the space"));
        Html.assertStatic(html);
    }

    @Test
    public void shouldShowTheInlineErrorPanelForAForbiddenCharacterInAParameter() throws Exception {
        givenMeetings();
        confluence.loginAs("mia");

        for (Map.Entry<String, String> bad : ForbiddenCharacters.ALL.entrySet()) {
            String html = confluence.app().macros().get("mentoring-meeting").execute(Map.of("anything", "x" + bad.getValue()), AIMS,
                    confluence.conversion(confluence.page(PAST), SPACE, OutputType.DISPLAY, DeviceType.DESKTOP));

            assertTrue(bad.getKey() + ": " + html, Html.message(html).startsWith("error: anything holds a character that is not allowed"));
        }
    }

    @Test
    public void shouldRenderInTheSameStatementsForOneAndForTwoHundredMeetings() {
        givenMeetings();
        int one = statements();

        Date now = Date.from(CLOCK.instant());
        for (int i = 0; i < 199; i++) {
            ao.create(MeetingLinkEntity.class, new DBParam("PLAN_ID", plan.id()), new DBParam("PAGE_ID", 10_000L + i),
                    new DBParam("MEETING_DATE", LocalDate.of(2018, 1, 1).plusWeeks(i).toString()),
                    new DBParam("TITLE", "Meeting " + i), new DBParam("TRASHED", false), new DBParam("UPDATED_AT", now),
                    new DBParam("STATE", "HELD"), new DBParam("STATE_AT", now));
        }

        assertEquals(201, meetings.meetings(plan.id()).size());
        assertEquals(one, statements());
        assertEquals("the plan and its meetings", 2, one);
    }

    private int statements() {
        givenBody(PAST, "<ac:structured-macro ac:name=\"mentoring-meeting\"><ac:rich-text-body>" + AIMS
                + "</ac:rich-text-body></ac:structured-macro>");
        confluence.loginAs("mia");
        try (StatementCounter.Recording recording = StatementCounter.record()) {
            String html = confluence.render(PAST, OutputType.DISPLAY, DeviceType.DESKTOP);
            assertEquals(html, List.of("Confirm held", "Cancel", "Move to a date"), buttons(Html.parse(html)));
            return recording.count();
        }
    }
}
