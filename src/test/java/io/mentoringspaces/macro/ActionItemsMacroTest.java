package io.mentoringspaces.macro;

import static org.junit.Assert.assertEquals;

import io.mentoringspaces.confluence.OutputType;
import io.mentoringspaces.model.MeetingPageContent;
import io.mentoringspaces.model.PageTask;
import io.mentoringspaces.testsupport.Html;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.Test;

/**
 * {@code mentoring-action-items} on a meeting page: the open action items of earlier meetings, with
 * checkboxes for users who may edit their pages, static in exports, and a note on other pages.
 */
public class ActionItemsMacroTest extends MacroTestBase {

    private void givenMeetingWithTasks(long pageId, LocalDate date, PageTask... tasks) {
        givenMeeting(pageId, date);
        meetings.syncPage(pageId, new MeetingPageContent(false, Instant.parse("2026-03-10T09:00:00Z"), List.of(tasks), Map.of(),
                List.of()));
    }

    private String actionItems(long pageId, String user, OutputType outputType) {
        return render("mentoring-action-items", Map.of(), null, pageId, user, outputType);
    }

    @Test
    public void shouldListTheOpenItemsOfEarlierMeetingsWithCheckboxesForThoseWhoMayEditTheirPages() {
        givenMeetingWithTasks(201, LocalDate.of(2026, 3, 2), new PageTask("1", false, "Draft the talk", "key-mia",
                LocalDate.of(2026, 3, 20)), new PageTask("2", true, "Book the room", null, null));
        givenMeetingWithTasks(202, LocalDate.of(2026, 3, 16), new PageTask("1", false, "Today\u2019s item", null, null));

        Document forMax = Html.parse(actionItems(202, "max", OutputType.DISPLAY));
        Document forVera = Html.parse(actionItems(202, "vera", OutputType.DISPLAY));

        assertEquals(List.of("Draft the talk Assigned to Mia Mentee Due 20 Mar 2026 From the meeting of 2 Mar 2026"),
                Html.texts(forMax.html(), ".mentoring-action-item"));
        assertEquals(List.of("201/1"), forMax.select("input.mentoring-action-tick").eachAttr("value"));
        assertEquals("Mark as done: Draft the talk", forMax.selectFirst("input.mentoring-action-tick").attr("aria-label"));
        assertEquals("/rest/mentoring/1.0/pages/202/action-items",
                forMax.selectFirst(".mentoring-action-items").attr("data-rest-path"));
        assertEquals(0, forVera.select("input").size());
        assertEquals(List.of("io.mentoringspaces.mentoring-spaces:macro-action-items"), confluence.pageBuilder().required());
    }

    @Test
    public void shouldRenderStaticHtmlInExportsAndSayWhenNothingIsOpen() {
        givenMeetingWithTasks(201, LocalDate.of(2026, 3, 2), new PageTask("1", false, "Draft the talk", null, null));
        givenMeetingWithTasks(202, LocalDate.of(2026, 3, 9));

        for (OutputType type : STATIC_OUTPUT_TYPES) {
            Document html = Html.parse(actionItems(202, "mia", type));
            assertEquals(type.name(), 0, html.select("input, [data-rest-path]").size());
            assertEquals(type.name(), "\u2610 Draft the talk From the meeting of 2 Mar 2026", html.selectFirst(".mentoring-action-item").text());
        }
        assertEquals("No open action items from earlier meetings.",
                Html.parse(actionItems(201, "mia", OutputType.DISPLAY)).selectFirst(".mentoring-action-items").text());
    }

    @Test
    public void shouldSayWhereItBelongsOnAPageThatIsNoMeeting() {
        String html = actionItems(GROWTH_PLAN_PAGE, "mia", OutputType.DISPLAY);

        assertEquals("This list shows the open action items of earlier meetings on a meeting page of a mentoring space.",
                Html.parse(html).text());
    }
}
