package io.mentoringspaces.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.rest.MeetingCalendar;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * "Add to calendar" in headless Chromium, in the Confluence the configuration names ({@link Target}):
 * on the space home the mentee follows the meetings macro's link as the browser would download it (with
 * the browser's session, asking for the link's address), and the file, parsed with ical4j, holds the
 * pair's series and one event for every meeting page the timeline lists, each named by its page's title.
 */
public class CalendarIT extends BrowserTest {

    /** Fetches the link's address with the page's session and answers status, headers and body. */
    private static final String DOWNLOAD = "var done = arguments[arguments.length - 1];"
            + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
            + "  return r.text().then(function (body) {"
            + "    done({status: r.status, type: r.headers.get('Content-Type'),"
            + "          disposition: r.headers.get('Content-Disposition'), body: body});"
            + "  });"
            + "}).catch(function (e) { done({status: -1, body: String(e)}); });";

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    @SuppressWarnings("unchecked")
    public void shouldDownloadThePairsMeetingsAsAnICalendarFileFromTheSpaceHome() throws Exception {
        chromium.signIn("mia");
        chromium.open("/display/MIA");
        WebElement link = chromium.driver.findElement(By.cssSelector("#main-content .mentoring-meetings a.mentoring-calendar"));
        assertEquals("Add to calendar", link.getText());
        assertNotNull(link.getDomAttribute("download"));
        List<String> titles = new ArrayList<>();
        for (WebElement item : chromium.driver.findElements(By.cssSelector("#main-content .mentoring-timeline-item a"))) {
            titles.add(item.getDomProperty("textContent").strip());
        }
        assertTrue("meetings in the timeline: " + titles, titles.size() > 1);

        Map<String, Object> reply = (Map<String, Object>) ((JavascriptExecutor) chromium.driver).executeAsyncScript(DOWNLOAD,
                link.getDomProperty("href"));

        assertEquals(String.valueOf(reply.get("body")), 200L, reply.get("status"));
        assertTrue(String.valueOf(reply.get("type")), String.valueOf(reply.get("type")).startsWith("text/calendar"));
        assertEquals("attachment; filename=\"MIA-meetings.ics\"", reply.get("disposition"));
        Calendar calendar = new CalendarBuilder().build(new StringReader((String) reply.get("body")));
        List<VEvent> events = calendar.getComponents("VEVENT");
        VEvent series = events.get(0);
        assertTrue(value(series, "UID"), value(series, "UID").matches("MIA-series-\\d+@" + MeetingCalendar.DOMAIN));
        assertEquals("FREQ=WEEKLY", value(series, "RRULE"));
        assertEquals("Mentoring meeting with Max Berger", value(series, "SUMMARY"));
        List<String> summaries = new ArrayList<>();
        for (VEvent meeting : events.subList(1, events.size())) {
            assertTrue(value(meeting, "UID"), value(meeting, "UID").matches("MIA-meeting-\\d+@" + MeetingCalendar.DOMAIN));
            summaries.add(value(meeting, "SUMMARY"));
        }
        assertEquals(new TreeSet<>(titles), new TreeSet<>(summaries));
        assertEquals(titles.size(), summaries.size());
        assertEquals(List.of(), chromium.seriousAccessibilityViolations(target.axeInclude()));
        assertEquals(List.of(), chromium.consoleErrors());
    }
}
