package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.ao.NoticePreferenceEntity;
import io.mentoringspaces.confluence.WebServer.Reply;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.java.ao.Query;
import net.java.ao.test.jdbc.NonTransactional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Test;

/**
 * The reminder preferences page, {@code /plugins/servlet/mentoring/notifications}: every kind with its
 * explanation and a switch showing the user's own preference; a mail's stop link ({@code ?stop=<kind>})
 * asks with one button and changes nothing itself; anonymous visitors log in first and come back to the
 * same address.
 */
public class NotificationsPageTest extends RestTestBase {

    private static final String PAGE = "/plugins/servlet/mentoring/notifications";
    private static final String STOP_GOALS = PAGE + "?stop=goal-agreement";

    private Document page(String path, String user) throws Exception {
        Reply reply = site.get(path, user);
        assertEquals(200, reply.status());
        return Jsoup.parse(reply.body());
    }

    @Test
    @NonTransactional
    public void shouldListEveryKindWithItsExplanationAndTheUsersOwnSwitches() throws Exception {
        server.send("PUT", "/notifications/preferences", "max", "{\"kinds\": [{\"kind\": \"agenda-shared\", \"enabled\": false}]}");

        Document max = page(PAGE, "max");
        Document mia = page(PAGE, "mia");

        assertEquals("Mentoring mails", max.select("h1").text());
        assertEquals(List.of("You are named as a mentor", "Meeting due tomorrow", "Meeting overdue", "Goals wait for your agreement",
                "Agenda shared", "Action item due tomorrow", "Weekly digest for coordinators"),
                max.select(".mentoring-notification-kinds label").eachText());
        assertEquals(7, max.select(".mentoring-notice-description").size());
        assertEquals("To the mentor, when the mentee has written the aims of an upcoming meeting.",
                max.select("#mentoring-notice-agenda-shared-description").text());
        assertEquals(List.of("agenda-shared"), max.select("input[role=switch]:not([checked])").eachAttr("data-kind"));
        assertEquals(7, mia.select("input[role=switch][checked]").size());
        assertTrue(max.select(".mentoring-stop").isEmpty());
    }

    @Test
    @NonTransactional
    public void shouldAskBeforeStoppingTheKindOfAStopLinkAndChangeNothing() throws Exception {
        Document page = page(STOP_GOALS, "max");

        assertEquals("Stop the mails \u201cGoals wait for your agreement\u201d? You can switch them on again on this page.",
                page.select(".mentoring-stop-question").text());
        assertEquals("goal-agreement", page.select(".mentoring-stop").attr("data-kind"));
        assertEquals(List.of("Stop these mails"), page.select(".mentoring-stop button").eachText());
        assertEquals(1, page.select("#mentoring-notice-goal-agreement[checked]").size());
        assertEquals(0, ao.count(NoticePreferenceEntity.class, Query.select()));
    }

    @Test
    @NonTransactional
    public void shouldSayWhenTheKindOfAStopLinkIsStoppedAlready() throws Exception {
        server.send("PUT", "/notifications/preferences", "max", "{\"kinds\": [{\"kind\": \"goal-agreement\", \"enabled\": false}]}");

        Document page = page(STOP_GOALS, "max");

        assertTrue(page.select(".mentoring-stop-question").text(), page.select(".mentoring-stop-question").text()
                .startsWith("The mails \u201cGoals wait for your agreement\u201d are stopped already."));
        assertTrue(page.select(".mentoring-stop button").isEmpty());
    }

    @Test
    @NonTransactional
    public void shouldIgnoreAStopLinkOfAnUnknownKind() throws Exception {
        Document page = page(PAGE + "?stop=%3Cb%3Enews", "max");

        assertTrue(page.select(".mentoring-stop").isEmpty());
        assertEquals(7, page.select("input[role=switch][checked]").size());
    }

    @Test
    @NonTransactional
    public void shouldSendAnAnonymousVisitorOfAStopLinkToTheLoginAndBackToTheSameAddress() throws Exception {
        Reply reply = site.get(STOP_GOALS, null);

        assertEquals(302, reply.status());
        String login = URLDecoder.decode(reply.location(), StandardCharsets.UTF_8);
        assertTrue(login, login.contains("/login.action?os_destination="));
        assertTrue(login, login.contains("/plugins/servlet/mentoring/notifications?stop=goal-agreement"));
    }

    @Test
    @NonTransactional
    public void shouldChangeNothingOnAPost() throws Exception {
        Reply reply = site.send("POST", STOP_GOALS, "max", "{}");

        assertEquals(405, reply.status());
        assertEquals(0, ao.count(NoticePreferenceEntity.class, Query.select()));
    }
}
