package io.mentoringspaces.blueprint;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.index.MeetingPages;
import io.mentoringspaces.testsupport.DatabaseTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The Closing review page from its blueprint in the test Confluence: titled with today's date, labelled
 * with the blueprint's index key, its closing macro under *Goals achieved*.
 */
public class ClosingReviewContextProviderTest extends DatabaseTest {

    private ConfluenceDouble confluence;

    @Before
    public void startTheApp() {
        confluence = new ConfluenceDouble(CLOCK);
        confluence.startApp(ao);
    }

    @After
    public void stopConfluence() {
        confluence.loginAs(null);
        confluence.close();
    }

    @Test
    public void shouldTitleTheReviewWithTodaysDate() {
        Map<String, Object> context = confluence.app().contentTemplate("closing-review-template").contextProvider()
                .getContextMap(new HashMap<>());

        assertEquals("Closing review " + TODAY, context.get("ContentPageTitle"));
    }

    @Test
    public void shouldCreateTheReviewLabelledWithItsClosingMacroAfterTheGoalsHeading() {
        givenPlan("MENT");
        Space space = confluence.space("MENT", "Mentoring");
        confluence.user("mia", "Mia Mentee");
        confluence.loginAs("mia");

        Page page = confluence.createContent().createPage(BlueprintKeys.CLOSING_REVIEW_BLUEPRINT, space, null, Map.of());

        assertEquals("Closing review " + TODAY, page.getTitle());
        assertEquals(List.of("mentoring-closing-review"), page.getLabels().stream().map(Label::getName).toList());
        String body = page.getBodyAsString();
        assertTrue(body.indexOf("<h2>Goals achieved</h2>") < body.indexOf("ac:name=\"mentoring-closing\""));
        assertEquals(4, body.split("<ac:placeholder>", -1).length - 1);
        assertFalse(MeetingPages.isMeeting(page));
    }
}
