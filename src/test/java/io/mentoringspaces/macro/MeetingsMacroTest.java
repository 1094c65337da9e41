package io.mentoringspaces.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.security.SpacePermission;
import io.mentoringspaces.confluence.DeviceType;
import io.mentoringspaces.confluence.OutputType;
import io.mentoringspaces.model.MeetingArrangement;
import io.mentoringspaces.model.MeetingState;
import io.mentoringspaces.testsupport.Html;
import io.mentoringspaces.testsupport.PlanRows;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

public class MeetingsMacroTest extends MacroTestBase {

    private String meetings(String user, OutputType outputType) {
        return render("mentoring-meetings", Map.of(), null, GROWTH_PLAN_PAGE, user, outputType);
    }

    @Test
    public void shouldShowTheCadenceFiguresAndTheTimelineNewestFirst() {
        givenMeeting(201, LocalDate.of(2026, 1, 5));
        givenMeeting(202, LocalDate.of(2026, 3, 2));
        givenMeeting(203, LocalDate.of(2026, 3, 9));
        givenMeeting(204, LocalDate.of(2026, 3, 23));
        givenMeeting(205, LocalDate.of(2026, 2, 2));
        meetings.trash(205);

        String html = meetings("mia", OutputType.DISPLAY);

        assertEquals(Html.normalize(fixture("meetings.html")), Html.normalize(html));
        assertEquals(List.of("io.mentoringspaces.mentoring-spaces:macro-meetings"), confluence.pageBuilder().required());
    }

    @Test
    public void shouldOfferTheCalendarFileOnlyToThePairOnScreen() {
        Map<String, String> links = new java.util.LinkedHashMap<>();
        for (String user : List.of("mia", "max", "eddie", "vera", "sam")) {
            links.put(user, Html.parse(meetings(user, OutputType.DISPLAY)).select("a.mentoring-calendar").attr("href"));
        }
        links.put("mia in a PDF", Html.parse(meetings("mia", OutputType.PDF)).select("a.mentoring-calendar").attr("href"));

        String file = "/rest/mentoring/1.0/spaces/MENT/calendar";
        assertEquals(Map.of("mia", file, "max", file, "eddie", "", "vera", "", "sam", "", "mia in a PDF", ""), links);
    }

    @Test
    public void shouldFlagAStalledPairWhoseNextMeetingIsOverdue() {
        givenMeeting(201, LocalDate.of(2026, 2, 2));

        String html = meetings("mia", OutputType.DISPLAY);

        assertEquals(List.of("Meetings held: 1 of 11 expected (weekly)", "Cadence kept: 9%", "Days since the last meeting: 42",
                "Next meeting due: 9 Feb 2026 Overdue", "Stalled"), Html.texts(html, ".mentoring-meetings-figures > li"));
    }

    @Test
    public void shouldExpectNoMeetingWhileTheMentorsInvitationIsOpen() {
        givenMeeting(201, LocalDate.of(2026, 2, 2));
        plan = PlanRows.invited(ao, plans, plan, CLOCK.instant());

        Document html = Html.parse(meetings("mia", OutputType.DISPLAY));

        assertEquals(List.of("No meetings are expected until the mentor accepts the invitation; then the weekly cadence starts."),
                Html.texts(html.outerHtml(), ".mentoring-meetings-figures > li"));
        assertEquals(0, html.select(".mentoring-due, .mentoring-stalled, svg").size());
    }

    @Test
    public void shouldKeepTheFiguresOfTheDayAClosedMentorshipClosedAndLinkItsReview() {
        givenMeeting(201, LocalDate.of(2026, 2, 2));
        confluence.page(300, SPACE, null, "Closing review 2026-02-09", "<p/>");
        plan = givenClosed(plan, LocalDate.of(2026, 2, 9), 300);

        Document html = Html.parse(meetings("max", OutputType.DISPLAY));

        assertEquals(List.of("Meetings held: 1 of 6 expected (weekly)", "Cadence kept: 16%", "Days since the last meeting: 7",
                "This mentorship was closed on 9 Feb 2026 by Mia Mentee; its figures are those of that day. Read the closing review"),
                Html.texts(html.outerHtml(), ".mentoring-meetings-figures > li"));
        assertEquals("https://wiki.example.com/pages/viewpage.action?pageId=300", html.selectFirst(".mentoring-meetings-closed a").attr("href"));
        assertEquals(0, html.select(".mentoring-due, .mentoring-stalled, .mentoring-arrangement-form").size());
    }

    @Test
    public void shouldHighlightTheNextMeetingWhenItIsDueTodayAndAMeetingDatedToday() {
        givenMeeting(201, LocalDate.of(2026, 3, 9));
        givenMeeting(202, LocalDate.of(2026, 3, 16));

        Document dueToday = Html.parse(meetings("mia", OutputType.DISPLAY));

        assertEquals("Next meeting due: 23 Mar 2026", dueToday.selectFirst(".mentoring-meetings-next").text());
        assertEquals(0, dueToday.select(".mentoring-due").size());
        assertEquals("16 Mar 2026 2026-03-16 Mentoring meeting Today", dueToday.selectFirst(".mentoring-timeline-item.mentoring-today").text());
        assertEquals(1, dueToday.select(".mentoring-today").size());

        meetings.trash(202);
        Document next = Html.parse(meetings("mia", OutputType.DISPLAY));

        assertEquals("Next meeting due: 16 Mar 2026 Due today",
                next.selectFirst(".mentoring-meetings-next.mentoring-due.mentoring-due-today").text());
        assertEquals(0, next.select(".mentoring-today, .mentoring-overdue").size());
    }

    @Test
    public void shouldHighlightAnOverdueNextMeeting() {
        givenMeeting(201, LocalDate.of(2026, 3, 2));

        Document overdue = Html.parse(meetings("mia", OutputType.DISPLAY));

        assertEquals("Next meeting due: 9 Mar 2026 Overdue",
                overdue.selectFirst(".mentoring-meetings-next.mentoring-due.mentoring-due-overdue").text());
        assertEquals(0, overdue.select(".mentoring-due-today").size());
    }

    @Test
    public void shouldSayWhenNoMeetingIsLinkedYet() {
        String html = meetings("mia", OutputType.DISPLAY);

        assertEquals("No meeting pages are linked to the growth plan yet.", Html.text(html, ".mentoring-timeline-none"));
        assertEquals("No meeting held yet", Html.text(html, ".mentoring-meetings-since"));
        assertEquals("Stalled", Html.text(html, ".mentoring-stalled"));
    }

    @Test
    public void shouldNotNameAMeetingPageTheUserMayNotView() {
        confluence.space("SECRET", "Secret");
        confluence.spaceAdmin("SECRET", "mia");
        confluence.page(301, "SECRET", null, "2026-03-09 Secret meeting", "");
        givenHeldMeeting(plan, 301, LocalDate.of(2026, 3, 9), "2026-03-09 Secret meeting");

        String vera = meetings("vera", OutputType.DISPLAY);

        assertEquals("9 Mar 2026 Restricted page", Html.text(vera, ".mentoring-timeline-item"));
        assertEquals(0, Html.parse(vera).select(".mentoring-timeline a").size());
        assertEquals("Meetings held: 1 of 11 expected (weekly)", Html.text(vera, ".mentoring-meetings-held"));
        assertEquals("9 Mar 2026 2026-03-09 Secret meeting", Html.text(meetings("mia", OutputType.DISPLAY), ".mentoring-timeline-item"));
    }

    @Test
    public void shouldNotNameAMeetingPageRestrictedToThePair() {
        givenMeeting(302, LocalDate.of(2026, 3, 9));
        confluence.restrictView(302, Set.of("mia", "max"), Set.of());

        assertEquals("9 Mar 2026 Restricted page", Html.text(meetings("vera", OutputType.DISPLAY), ".mentoring-timeline-item"));
        assertEquals("9 Mar 2026 2026-03-09 Mentoring meeting",
                Html.text(meetings("max", OutputType.DISPLAY), ".mentoring-timeline-item"));
    }

    @Test
    public void shouldFoldALongTimelineInViewModeAndListEveryMeetingInExports() {
        for (int week = 0; week < 12; week++) {
            givenMeeting(400 + week, LocalDate.of(2025, 12, 15).plusWeeks(week));
        }

        Document display = Html.parse(meetings("mia", OutputType.DISPLAY));
        Document pdf = Html.parse(meetings("mia", OutputType.PDF));

        assertEquals(12, display.select(".mentoring-timeline-item").size());
        assertEquals(2, display.select(".mentoring-timeline-item.mentoring-collapsible.hidden").size());
        assertEquals("22 Dec 2025", display.select(".mentoring-timeline-item.hidden").get(0).selectFirst(".mentoring-timeline-date").text());
        assertEquals("Show all 12 meetings", display.selectFirst("button.mentoring-show-all").text());
        assertEquals(12, pdf.select(".mentoring-timeline-item").size());
        assertEquals(0, pdf.select(".hidden, button").size());
        assertNull(pdf.selectFirst(".mentoring-show-all"));
    }

    @Test
    public void shouldShowTheHeldAndExpectedFiguresOpenInExports() {
        givenMeeting(201, LocalDate.of(2026, 2, 2));

        Document exported = Html.parse(meetings("mia", OutputType.PDF));

        assertEquals("open", exported.selectFirst(".mentoring-chart-lines details").attr("open"));
        assertEquals(List.of("2026-01", "0", "4", "2026-02", "1", "8", "2026-03", "1", "11"),
                exported.select(".mentoring-chart-table tbody tr > *").eachText());
        assertFalse(Html.parse(meetings("mia", OutputType.DISPLAY)).selectFirst(".mentoring-chart-lines details").hasAttr("open"));
    }

    @Test
    public void shouldLabelMeetingsCancelledMovedOrLeftUnconfirmedAndCountOnlyTheHeldOnes() {
        givenMeeting(201, LocalDate.of(2026, 3, 2));
        givenMeeting(202, LocalDate.of(2026, 2, 23));
        meetings.setState(202, MeetingState.PLANNED, null, "key-mia");
        meetings.setState(202, MeetingState.CANCELLED, null, "key-mia");
        givenMeeting(203, LocalDate.of(2026, 3, 23));
        meetings.setState(203, MeetingState.MOVED, LocalDate.of(2026, 3, 25), "key-max");
        confluence.page(204, SPACE, null, "2026-03-09 Mentoring meeting", "");
        meetings.link(plan.id(), 204, LocalDate.of(2026, 3, 9), "2026-03-09 Mentoring meeting");

        String html = meetings("mia", OutputType.DISPLAY);

        assertEquals("Meetings held: 1 of 11 expected (weekly)", Html.text(html, ".mentoring-meetings-held"));
        assertEquals(List.of("Moved to 25 Mar 2026", "Held? Not confirmed yet", "Cancelled"),
                Html.texts(html, ".mentoring-state-label"));
        assertEquals(List.of("moved", "planned", "cancelled"),
                Html.parse(html).select(".mentoring-state-label").eachAttr("data-state"));
        assertEquals(0, Html.parse(html).select(".mentoring-planned-label").size());
        assertTrue(Html.parse(html).text().contains("2026-02: Held 0"));
        assertTrue(Html.parse(html).text().contains("2026-03: Held 1"));
    }

    @Test
    public void shouldSayTheAgreedArrangementInWordsWithAWebAddressAsALink() {
        String none = meetings("vera", OutputType.DISPLAY);
        plans.updateArrangement(plan.id(), new MeetingArrangement(LocalTime.of(9, 30), 45, "Room <b>4</b>"));
        String room = meetings("vera", OutputType.DISPLAY);
        plans.updateArrangement(plan.id(), new MeetingArrangement(LocalTime.of(9, 30), 45, "https://meet.example.com/mia?a=1&b=2"));
        Document link = Html.parse(meetings("vera", OutputType.PDF));
        plans.updateArrangement(plan.id(), new MeetingArrangement(null, 30, "Room 4"));
        String placeOnly = meetings("vera", OutputType.DISPLAY);

        assertEquals("No meeting time agreed yet", Html.text(none, ".mentoring-arrangement-text"));
        assertEquals("We meet at 09:30 for 45 minutes \u2014 Room <b>4</b>", Html.text(room, ".mentoring-arrangement-text"));
        assertEquals(0, Html.parse(room).select(".mentoring-arrangement b, .mentoring-arrangement a").size());
        assertEquals("https://meet.example.com/mia?a=1&b=2", link.selectFirst(".mentoring-arrangement-text a").attr("href"));
        assertEquals("We meet at 09:30 for 45 minutes \u2014 https://meet.example.com/mia?a=1&b=2",
                link.selectFirst(".mentoring-arrangement-text").text());
        assertEquals("No meeting time agreed yet \u2014 Room 4", Html.text(placeOnly, ".mentoring-arrangement-text"));
    }

    @Test
    public void shouldOfferTheArrangementFormToTheMenteeAndTheMentorOnlyAndOnlyInViewMode() {
        confluence.user("cora", "Cora Coordinator");
        confluence.group("grad-coordinators", "cora");
        confluence.grantGroup(SPACE, "grad-coordinators", SpacePermission.VIEWSPACE_PERMISSION);
        plans.updateArrangement(plan.id(), new MeetingArrangement(LocalTime.of(17, 0), 90, "Room 4"));
        Map<String, Boolean> offered = new LinkedHashMap<>();
        for (String user : List.of("mia", "max", "eddie", "sam", "vera", "cora")) {
            offered.put(user, hasArrangementForm(meetings(user, OutputType.DISPLAY)));
        }
        for (OutputType type : STATIC_OUTPUT_TYPES) {
            offered.put("mia " + type, hasArrangementForm(meetings("mia", type)));
            offered.put("max " + type, hasArrangementForm(meetings("max", type)));
        }
        offered.put("mia on a phone", hasArrangementForm(render(new Use("mentoring-meetings", Map.of(), null, GROWTH_PLAN_PAGE),
                "mia", OutputType.DISPLAY, DeviceType.MOBILE)));

        Map<String, Boolean> expected = new LinkedHashMap<>();
        offered.keySet().forEach(key -> expected.put(key, key.equals("mia") || key.equals("max")));
        assertEquals(expected, offered);
        Document mentor = Html.parse(meetings("max", OutputType.DISPLAY));
        assertEquals(List.of("17:00", "90", "Room 4"), mentor.select(".mentoring-arrangement-form input").eachAttr("value"));
        assertEquals(List.of("Meeting time", "Meeting length (minutes)", "Place or link"),
                mentor.select(".mentoring-arrangement-form label").eachText());
        for (Element input : mentor.select(".mentoring-arrangement-form input")) {
            assertEquals(input.id(), mentor.selectFirst("label[for=" + input.id() + "]").attr("for"));
            assertTrue(input.attr("aria-describedby"), List.of(input.attr("aria-describedby").split(" ")).contains(input.id() + "-error"));
            assertEquals(1, mentor.select("#" + input.id() + "-error").size());
        }
        assertEquals("We meet at 17:00 for 90 minutes \u2014 Room 4", Html.text(meetings("cora", OutputType.DISPLAY), ".mentoring-arrangement-text"));
        assertEquals("We meet at 17:00 for 90 minutes \u2014 Room 4", Html.text(meetings("mia", OutputType.PDF), ".mentoring-arrangement-text"));
    }

    private static boolean hasArrangementForm(String html) {
        Document document = Html.parse(html);
        return !document.select(".mentoring-arrangement-form, .mentoring-arrangement-change, .mentoring-arrangement[data-rest-path]").isEmpty();
    }
}
