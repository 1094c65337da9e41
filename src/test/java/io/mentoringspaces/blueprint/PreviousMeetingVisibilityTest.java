package io.mentoringspaces.blueprint;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import com.atlassian.confluence.pages.Page;
import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.Html;
import io.mentoringspaces.testsupport.MentoringSpace;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * A new Mentoring meeting page, made by the test Confluence's create-content plugin from the app's
 * blueprint, names the previous meeting only to a creator who may view that meeting's page: its title
 * is what the pair wrote.
 */
public class PreviousMeetingVisibilityTest extends DatabaseTest {

    private static final long PREVIOUS_MEETING = 201;
    private static final String PREVIOUS_TITLE = "2026-03-09 Mentoring meeting about the reorganisation";

    private ConfluenceDouble confluence;

    @Before
    public void givenAPreviousMeetingOnlyThePairMayView() {
        confluence = new ConfluenceDouble(CLOCK);
        confluence.startApp(ao);
        MentoringSpace.givenConfluence(confluence);
        GrowthPlan plan = MentoringSpace.givenPlan(ao, programmes, plans);
        confluence.user("rita", "Rita Restricted");
        confluence.editor(MentoringSpace.SPACE, "rita");
        confluence.page(PREVIOUS_MEETING, MentoringSpace.SPACE, null, PREVIOUS_TITLE, "");
        meetings.link(plan.id(), PREVIOUS_MEETING, LocalDate.of(2026, 3, 9), PREVIOUS_TITLE);
        confluence.restrictView(PREVIOUS_MEETING, Set.of("mia", "max"), Set.of());
    }

    @After
    public void stopConfluence() {
        confluence.loginAs(null);
        confluence.close();
    }

    /** The storage format of a meeting page the user creates for 2026-03-16 from the blueprint. */
    private String meetingPageBy(String user) {
        confluence.loginAs(user);
        Page page = confluence.createContent().createPage(BlueprintKeys.MEETING_BLUEPRINT, confluence.space(MentoringSpace.SPACE),
                null, Map.of("meetingDate", "2026-03-16", "aims", "Plan the talk"));
        return page.getBodyAsString();
    }

    /** The "Previous meeting" cell of the page's first table, as written. */
    private static String previousMeeting(String storage) {
        return Html.normalize(Html.parse(storage).select("table tr").get(1).selectFirst("td").html());
    }

    @Test
    public void shouldNotCopyTheTitleOfAPreviousMeetingTheCreatorMayNotView() {
        String storage = meetingPageBy("rita");

        assertFalse(storage, storage.contains("reorganisation"));
        assertEquals("<p><em>A restricted page</em></p>", previousMeeting(storage));
    }

    @Test
    public void shouldLinkThePreviousMeetingByItsTitleForACreatorWhoMayViewIt() {
        assertEquals("<p><ac:link><ri:page ri:content-title=\"" + PREVIOUS_TITLE + "\"></ri:page></ac:link></p>",
                previousMeeting(meetingPageBy("mia")));
    }
}
