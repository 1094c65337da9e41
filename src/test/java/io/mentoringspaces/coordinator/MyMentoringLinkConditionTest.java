package io.mentoringspaces.coordinator;

import static org.junit.Assert.assertEquals;

import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.confluence.PluginContainer;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.NewPlan;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.MentoringSpace;
import io.mentoringspaces.testsupport.PlanRows;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The header link to "My mentoring" shows for the mentee and the mentor of an active, invited or closed
 * plan who may use Confluence (a closed pair is listed on the page), and for nobody else: its condition as the test Confluence's plugin system made it from
 * the descriptor.
 */
public class MyMentoringLinkConditionTest extends DatabaseTest {

    private ConfluenceDouble confluence;
    private PluginContainer.HeaderLink link;

    @Before
    public void givenAPairAndAnEndedPair() {
        confluence = new ConfluenceDouble(CLOCK);
        confluence.startApp(ao);
        MentoringSpace.givenConfluence(confluence);
        MentoringSpace.givenPlan(ao, programmes, plans);
        confluence.user("erin", "Erin Ended");
        confluence.unlicensedUser("una", "Una Unlicensed");
        GrowthPlan ended = plans.create(new NewPlan("ENDED", "grad", "key-erin", "Erin Ended", "key-eddie", "Eddie Editor",
                LocalDate.of(2025, 1, 6), Cadence.MONTHLY));
        plans.archive(ended.id());
        plans.create(new NewPlan("UNA", "grad", "key-una", "Una Unlicensed", "key-sam", "Sam Spaceadmin",
                LocalDate.of(2026, 1, 5), Cadence.WEEKLY));
        confluence.user("cleo", "Cleo Closed");
        confluence.user("ned", "Ned Mentor");
        givenClosed(PlanRows.activeSinceStart(ao, plans, plans.create(new NewPlan("DONE", "grad", "key-cleo", "Cleo Closed",
                "key-ned", "Ned Mentor", LocalDate.of(2026, 1, 5), Cadence.WEEKLY))), LocalDate.of(2026, 3, 2), 900);
        link = confluence.app().headerLinks().stream().filter(l -> l.linkId().equals("mentoring-my-link")).findFirst()
                .orElseThrow();
    }

    @After
    public void stopConfluence() {
        confluence.loginAs(null);
        confluence.close();
    }

    @Test
    public void shouldLinkTheMyMentoringPage() {
        assertEquals("/plugins/servlet/mentoring/my", link.url());
        assertEquals("mentoring.my.link", link.labelKey());
    }

    @Test
    public void shouldShowTheLinkToTheMenteesAndMentorsOfActivePlansWhoMayUseConfluence() {
        Map<String, Boolean> shown = new TreeMap<>();
        for (String user : new String[] {"mia", "max", "sam", "olga", "ada", "erin", "eddie", "una", "cleo", "ned"}) {
            confluence.loginAs(user);
            shown.put(user, link.condition().shouldDisplay(Map.of()));
        }
        confluence.loginAs(null);
        shown.put("anonymous", link.condition().shouldDisplay(Map.of()));

        Map<String, Boolean> expected = new TreeMap<>(Map.of("mia", true, "max", true, "sam", true, "olga", false, "ada", false,
                "erin", false, "eddie", false, "una", false, "anonymous", false, "cleo", true));
        expected.put("ned", true);
        assertEquals(expected, shown);
    }
}
