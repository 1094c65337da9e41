package io.mentoringspaces.coordinator;

import static org.junit.Assert.assertEquals;

import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.ProgrammeWorld;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The header link to the coordinator view shows for administrators and coordinators only. */
public class CoordinatorLinkConditionTest extends DatabaseTest {

    private ProgrammeWorld world;
    private CoordinatorLinkCondition condition;

    @Before
    public void createCondition() {
        world = new ProgrammeWorld(ao, programmes, cadence);
        condition = new CoordinatorLinkCondition(world.access, world.programmeAccess);
        condition.init(Map.of());
        givenProgramme("grad");
    }

    @After
    public void logOut() {
        world.confluence.loginAs(null);
    }

    private boolean shownTo(String user) {
        world.confluence.loginAs(user);
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
}
