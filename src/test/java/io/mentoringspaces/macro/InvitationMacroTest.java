package io.mentoringspaces.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;

import io.mentoringspaces.confluence.OutputType;
import io.mentoringspaces.testsupport.PlanRows;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.Test;

/**
 * The banner of a pair whose mentor is invited: accept and decline for the mentor, whom the space waits
 * for and, after a decline, the reason and a form to name another mentor for the mentee; nothing for
 * anybody else, in exports, or once the mentor accepted.
 */
public class InvitationMacroTest extends MacroTestBase {

    @Before
    public void givenTheMentorInvited() {
        plan = PlanRows.invited(ao, plans, plan, CLOCK.instant());
    }

    private Document banner(String user) {
        return Jsoup.parse(render("mentoring-invitation", Map.of(), null, GROWTH_PLAN_PAGE, user));
    }

    private static String message(Document banner) {
        return banner.selectFirst(".mentoring-invitation-message").text();
    }

    @Test
    public void shouldAskTheMentorToAcceptOrDeclineAndTellTheMenteeWhomTheSpaceWaitsFor() {
        Document mentor = banner("max");
        Document mentee = banner("mia");

        assertEquals("Mia Mentee invites you to be their mentor in this space. Accept to start the mentorship, or decline.",
                message(mentor));
        assertEquals(List.of("Accept", "Decline"), mentor.select(".mentoring-invitation-answer button").eachText());
        assertEquals("/rest/mentoring/1.0/spaces/MENT/invitation", mentor.selectFirst(".mentoring-invitation").attr("data-rest-path"));
        assertEquals("Waiting for Max Mentor to accept the invitation to mentor you.", message(mentee));
        assertEquals(0, mentee.select("form, button").size());
    }

    @Test
    public void shouldShowTheReasonOfADeclineAndTheFormForAnotherMentorToTheMenteeOnly() {
        plans.decline(plan.id(), "On leave until June");

        Document mentee = banner("mia");
        Document mentor = banner("max");

        assertEquals("Max Mentor declined the invitation to mentor you. Name another mentor.", message(mentee));
        assertEquals("Reason given: On leave until June", mentee.selectFirst(".mentoring-invitation-reason").text());
        assertNotNull(mentee.selectFirst(".mentoring-invitation-rename input.autocomplete-user[name=mentor]"));
        assertEquals("You declined to mentor this pair. The mentee will name another mentor.", message(mentor));
        assertNull(mentor.selectFirst(".mentoring-invitation-reason"));
        assertEquals(0, mentor.select("form, button").size());
    }

    @Test
    public void shouldShowNothingToOthersInExportsOrOnceAccepted() {
        assertEquals("", render("mentoring-invitation", Map.of(), null, GROWTH_PLAN_PAGE, "vera").strip());
        assertEquals("", render("mentoring-invitation", Map.of(), null, GROWTH_PLAN_PAGE, "eddie").strip());
        assertEquals("", render("mentoring-invitation", Map.of(), null, GROWTH_PLAN_PAGE, "max",
                OutputType.PDF).strip());

        plans.accept(plan.id());

        assertEquals("", render("mentoring-invitation", Map.of(), null, GROWTH_PLAN_PAGE, "max").strip());
        assertEquals("", render("mentoring-invitation", Map.of(), null, GROWTH_PLAN_PAGE, "mia").strip());
    }
}
