package io.mentoringspaces.macro;

import static org.junit.Assert.assertEquals;

import com.atlassian.confluence.security.SpacePermission;
import io.mentoringspaces.confluence.OutputType;
import io.mentoringspaces.testsupport.Html;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.Test;

/**
 * Every macro for every kind of user: who sees the content, who gets the controls to change it, and
 * what a refusal says (nothing of the plan: no titles, no figures).
 */
public class MacroPermissionTest extends MacroTestBase {

    /** What a user gets from a macro: refused (with the message), read-only, or with controls. */
    private String outcome(Use use, String user) {
        String html = render(use, user, OutputType.DISPLAY);
        Document document = Html.parse(html);
        if (document.select(".mentoring-macro").isEmpty()) {
            return Html.message(html);
        }
        List<String> controls = new ArrayList<>();
        if (!document.select("input.mentoring-tick").isEmpty()) {
            controls.add("tick");
        }
        if (!document.select("form.mentoring-progress-form").isEmpty()) {
            controls.add("record");
        }
        if (!document.select("button.mentoring-agree").isEmpty()) {
            controls.add("agree");
        }
        return controls.isEmpty() ? "read-only" : String.join("+", controls);
    }

    private Map<String, String> matrix(Use use) {
        Map<String, String> outcomes = new LinkedHashMap<>();
        outcomes.put("anonymous", outcome(use, null));
        for (String user : List.of("olga", "ada", "vera", "eddie", "sam", "mia", "max")) {
            outcomes.put(user, outcome(use, user));
        }
        return outcomes;
    }

    private static Map<String, String> expected(String editor, String mentor) {
        Map<String, String> outcomes = new LinkedHashMap<>();
        outcomes.put("anonymous", "warning: Log in to see this.");
        outcomes.put("olga", "warning: You do not have permission to see this.");
        outcomes.put("ada", "warning: You do not have permission to see this.");
        outcomes.put("vera", "read-only");
        outcomes.put("eddie", editor);
        outcomes.put("sam", editor);
        outcomes.put("mia", editor);
        outcomes.put("max", mentor);
        return outcomes;
    }

    @Test
    public void shouldGiveEachKindOfUserExactlyTheRightGoalCard() {
        assertEquals(expected("record", "record+agree"), matrix(givenAPlanInUse().get(0)));
    }

    @Test
    public void shouldOfferTheMentorNoAgreementOnAGoalAgreedAlready() {
        givenAPlanInUse();
        Use agreed = new Use("mentoring-goal", Map.of("goalKey", "g-lead", "title", "Lead a project"), null,
                GROWTH_PLAN_PAGE);

        assertEquals(expected("record", "record"), matrix(agreed));
    }

    @Test
    public void shouldGiveEachKindOfUserExactlyTheRightGoalProgress() {
        assertEquals(expected("record", "record+agree"), matrix(givenAPlanInUse().get(1)));
    }

    @Test
    public void shouldLetEditorsTickTheChecklist() {
        assertEquals(expected("tick", "tick"), matrix(givenAPlanInUse().get(2)));
    }

    @Test
    public void shouldShowTheMeetingTimelineToEveryoneWhoMayViewThePage() {
        assertEquals(expected("read-only", "read-only"), matrix(givenAPlanInUse().get(3)));
    }

    @Test
    public void shouldShowAnonymousUsersTheContentOfASpaceOpenToThemReadOnly() {
        List<Use> uses = givenAPlanInUse();
        confluence.anonymousAccess(true);
        confluence.grantAnonymous(SPACE, SpacePermission.VIEWSPACE_PERMISSION);

        for (Use use : uses) {
            assertEquals(use.name(), "read-only", outcome(use, null));
        }
    }

    @Test
    public void shouldRefuseAnonymousUsersWhileAnonymousAccessIsOffWhateverTheSpaceGrants() {
        List<Use> uses = givenAPlanInUse();
        confluence.grantAnonymous(SPACE, SpacePermission.VIEWSPACE_PERMISSION);

        for (Use use : uses) {
            assertEquals(use.name(), "warning: Log in to see this.", outcome(use, null));
        }
    }

    @Test
    public void shouldRefuseAUserWhoMayNotUseConfluenceWhateverTheSpaceGrants() {
        List<Use> uses = givenAPlanInUse();
        confluence.unlicensedUser("una", "Una Unlicensed");
        confluence.spaceAdmin(SPACE, "una");

        for (Use use : uses) {
            assertEquals(use.name(), "warning: You do not have permission to see this.", outcome(use, "una"));
        }
    }

    @Test
    public void shouldRefuseAViewerOfTheSpaceOnAPageRestrictedToOthers() {
        List<Use> uses = givenAPlanInUse();
        confluence.restrictView(GROWTH_PLAN_PAGE, Set.of("mia", "max"), Set.of());

        assertEquals("warning: You do not have permission to see this.", outcome(uses.get(0), "vera"));
        assertEquals("record+agree", outcome(uses.get(0), "max"));
        assertEquals("read-only", outcome(uses.get(1), "vera"));
    }

    @Test
    public void shouldNameNothingOfThePlanInARefusal() {
        for (Use use : givenAPlanInUse()) {
            String refusal = render(use, "olga", OutputType.DISPLAY);
            for (String secret : List.of("Speak", "Lead", "Write the plan", "Meeting", "%", "2026")) {
                assertEquals(use.name() + " leaks " + secret, -1, refusal.indexOf(secret));
            }
        }
    }
}
