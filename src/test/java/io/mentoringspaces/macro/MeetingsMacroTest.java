package io.mentoringspaces.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.mentoringspaces.testsupport.Html;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.Test;

public class MeetingsMacroTest extends MacroTestBase {

    private String meetings(String user, String outputType) {
        return render(h.meetingsMacro, Map.of(), null, GROWTH_PLAN_PAGE, user, outputType);
    }

    @Test
    public void shouldShowTheCadenceFiguresAndTheTimelineNewestFirst() {
        givenMeeting(201, LocalDate.of(2026, 1, 5));
        givenMeeting(202, LocalDate.of(2026, 3, 2));
        givenMeeting(203, LocalDate.of(2026, 3, 9));
        givenMeeting(204, LocalDate.of(2026, 3, 23));
        givenMeeting(205, LocalDate.of(2026, 2, 2));
        h.meetings.trash(205);

        String html = meetings("mia", "display");

        assertEquals(Html.normalize(fixture("meetings.html")), Html.normalize(html));
        assertEquals(List.of("io.mentoringspaces.mentoring-spaces:macro-meetings"), h.requiredResources);
    }

    @Test
    public void shouldFlagAStalledPairWhoseNextMeetingIsOverdue() {
        givenMeeting(201, LocalDate.of(2026, 2, 2));

        String html = meetings("mia", "display");

        assertEquals(List.of("Meetings held: 1 of 11 expected (weekly)", "Cadence kept: 9%", "Days since the last meeting: 42",
                "Next meeting due: 2026-02-09 Overdue", "Stalled"), Html.texts(html, ".mentoring-meetings-figures > li"));
    }

    @Test
    public void shouldSayWhenNoMeetingIsLinkedYet() {
        String html = meetings("mia", "display");

        assertEquals("No meeting pages are linked to the growth plan yet.", Html.text(html, ".mentoring-timeline-none"));
        assertEquals("No meeting held yet", Html.text(html, ".mentoring-meetings-since"));
        assertEquals("Stalled", Html.text(html, ".mentoring-stalled"));
    }

    @Test
    public void shouldNotNameAMeetingPageTheUserMayNotView() {
        h.confluence.space("SECRET", "Secret");
        h.confluence.spaceAdmin("SECRET", "mia");
        h.confluence.page(301, "SECRET", "2026-03-09 Secret meeting", "");
        h.meetings.link(plan.id(), 301, LocalDate.of(2026, 3, 9), "2026-03-09 Secret meeting");

        String vera = meetings("vera", "display");

        assertEquals("2026-03-09 Restricted page", Html.text(vera, ".mentoring-timeline-item"));
        assertEquals(0, Html.parse(vera).select(".mentoring-timeline a").size());
        assertEquals("Meetings held: 1 of 11 expected (weekly)", Html.text(vera, ".mentoring-meetings-held"));
        assertEquals("2026-03-09 2026-03-09 Secret meeting", Html.text(meetings("mia", "display"), ".mentoring-timeline-item"));
    }

    @Test
    public void shouldFoldALongTimelineInViewModeAndListEveryMeetingInExports() {
        for (int week = 0; week < 12; week++) {
            givenMeeting(400 + week, LocalDate.of(2025, 12, 15).plusWeeks(week));
        }

        Document display = Html.parse(meetings("mia", "display"));
        Document pdf = Html.parse(meetings("mia", "pdf"));

        assertEquals(12, display.select(".mentoring-timeline-item").size());
        assertEquals(2, display.select(".mentoring-timeline-item.mentoring-collapsible.hidden").size());
        assertEquals("2025-12-22", display.select(".mentoring-timeline-item.hidden").get(0).selectFirst(".mentoring-timeline-date").text());
        assertEquals("Show all 12 meetings", display.selectFirst("button.mentoring-show-all").text());
        assertEquals(12, pdf.select(".mentoring-timeline-item").size());
        assertEquals(0, pdf.select(".hidden, button").size());
        assertNull(pdf.selectFirst(".mentoring-show-all"));
    }
}
