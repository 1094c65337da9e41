package io.mentoringspaces.coordinator;

import static org.junit.Assert.assertEquals;

import com.atlassian.plugin.web.Condition;
import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.ProgrammePeople;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The header link to the coordinator view shows for administrators and coordinators only: its
 * condition as the test Confluence's plugin system made it from the descriptor.
 */
public class CoordinatorLinkConditionTest extends DatabaseTest {

    private ConfluenceDouble confluence;
    private Condition condition;

    @Before
    public void createCondition() {
        confluence = new ConfluenceDouble(CLOCK);
        confluence.startApp(ao);
        ProgrammePeople.givenConfluence(confluence);
        assertEquals(2, confluence.app().headerLinks().size());
        condition = confluence.app().headerLinks().get(0).condition();
        givenProgramme("grad");
    }

    @After
    public void stopConfluence() {
        confluence.loginAs(null);
        confluence.close();
    }

    private boolean shownTo(String user) {
        confluence.loginAs(user);
        return condition.shouldDisplay(Map.of());
    }

    @Test
    public void shouldShowTheLinkToAdministratorsAndCoordinatorsOnly() {
        assertEquals(true, shownTo("admin"));
        assertEquals(true, shownTo("carol"));
        assertEquals(false, shownTo("olga"));
        assertEquals(false, shownTo("nina"));
        assertEquals(false, shownTo(null));
    }

    @Test
    public void shouldShowTheLinkToCoordinatorsOfAnArchivedProgramme() {
        programmes.archive("grad");
        assertEquals(true, shownTo("carol"));
    }

    @Test
    public void shouldShowTheLinkToMembersOfConfluencesSuperUserGroup() {
        confluence.user("root", "Rob Root");
        confluence.group("confluence-administrators", "root");

        assertEquals(true, shownTo("root"));
    }
}
