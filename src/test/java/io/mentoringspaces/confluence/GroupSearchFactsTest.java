package io.mentoringspaces.confluence;

import static org.junit.Assert.assertEquals;

import io.mentoringspaces.confluence.WebServer.Reply;
import io.mentoringspaces.testsupport.DatabaseTest;
import java.util.Locale;
import java.util.Map;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Confluence's group search as the test Confluence answers it, the one the programme administration's
 * group picker calls: {@code /rest/prototype/1/search/group} (decompiled Confluence 8.7.2, GitHub
 * {@code ngannk-fptu/Decompiled-Files}: {@code com.atlassian.confluence.plugins.rest.resources.PrototypeSearchService#doGroupSearch},
 * {@code com.atlassian.confluence.plugins.rest.service.DefaultRestSearchService#groupSearch},
 * {@code com.atlassian.confluence.plugins.rest.entities.SearchResultEntityList} and {@code GroupSearchResultEntity}).
 */
public class GroupSearchFactsTest extends DatabaseTest {

    private static final Map<String, String> JSON = Map.of("Accept", "application/json");

    private ConfluenceDouble confluence;
    private WebServer web;

    @Before
    public void start() {
        confluence = new ConfluenceDouble(CLOCK);
        confluence.startApp(ao);
        confluence.user("carol", "Carol Coordinator");
        confluence.group("grad-coordinators", "carol");
        confluence.group("grad-mentors");
        confluence.group("leaders-coordinators");
        for (int i = 0; i < 60; i++) {
            confluence.group(String.format("team-%02d", i));
        }
        web = confluence.serve();
    }

    @After
    public void stop() {
        web.close();
        confluence.close();
    }

    private Reply search(String query, String user) throws Exception {
        return web.site().send("GET", "/rest/prototype/1/search/group" + query, user, null, JSON);
    }

    @Test
    @NonTransactional
    public void shouldAnswerTheGroupsWhoseNameStartsWithTheQueryAsSearchResults() throws Exception {
        Reply reply = search("?query=grad&max-results=10", "carol");

        assertEquals(200, reply.status());
        assertEquals("application/json;charset=utf-8", reply.contentType().toLowerCase(Locale.ROOT).replace(" ", ""));
        assertEquals("{\"result\":[{\"name\":\"grad-coordinators\",\"type\":\"group\"},{\"name\":\"grad-mentors\",\"type\":\"group\"}],"
                + "\"group\":[],\"totalSize\":0}", reply.body());
        assertEquals(reply.body(), web.site().send("GET", "/rest/prototype/1/search/group.json?query=grad&max-results=10", "carol",
                null, Map.of()).body());
    }

    @Test
    @NonTransactional
    public void shouldAnswerAtMostFiftyGroupsAndFiftyWhenNoMaximumIsGiven() throws Exception {
        assertEquals(50, search("?query=team", "carol").json().get("result").size());
        assertEquals(50, search("?query=team&max-results=0", "carol").json().get("result").size());
        assertEquals(50, search("?query=team&max-results=500", "carol").json().get("result").size());
        assertEquals(3, search("?query=team&max-results=3", "carol").json().get("result").size());
        assertEquals(60, search("?query=team&max-results=-1", "carol").json().get("result").size());
        assertEquals(404, search("?query=team&max-results=many", "carol").status());
    }

    @Test
    @NonTransactional
    public void shouldAnswerTheFirstGroupsForABlankQueryAndNothingForAnUnknownStart() throws Exception {
        assertEquals("confluence-administrators", search("?query=&max-results=3", "carol").json().get("result").get(0).get("name")
                .asText());
        assertEquals(0, search("?query=ghosts", "carol").json().get("result").size());
        assertEquals(2, search("?query=grad", null).json().get("result").size());
    }
}
