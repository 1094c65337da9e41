package io.mentoringspaces.macro;

import static org.junit.Assert.assertEquals;

import io.mentoringspaces.blueprint.BlueprintKeys;
import io.mentoringspaces.confluence.OutputType;
import io.mentoringspaces.testsupport.PlanRows;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

/**
 * The button for the next meeting page: Confluence's Create dialog on the meeting blueprint with the
 * space's Meetings page as parent, else the page the button is on; for users who may add pages to the
 * space, in view mode only.
 */
public class NewMeetingMacroTest extends MacroTestBase {

    private static final long MEETINGS_PAGE = 300;

    private Element button(long pageId, String user) {
        Document html = Jsoup.parse(render("mentoring-new-meeting", Map.of(), null, pageId, user));
        return html.selectFirst("button.mentoring-new-meeting");
    }

    private void givenMeetingsPage() {
        confluence.page(MEETINGS_PAGE, SPACE, confluence.page(GROWTH_PLAN_PAGE), "Meetings", "<p/>");
        plans.recordMeetingsPage(plan.id(), MEETINGS_PAGE);
    }

    @Test
    public void shouldOpenTheCreateDialogOfTheMeetingBlueprintBelowTheSpacesMeetingsPage() {
        givenMeetingsPage();

        Element button = button(GROWTH_PLAN_PAGE, "mia");

        assertEquals("Create the next meeting page", button.text());
        assertEquals(List.of(SPACE, BlueprintKeys.MEETING_BLUEPRINT, String.valueOf(MEETINGS_PAGE)),
                List.of(button.attr("data-space-key"), button.attr("data-blueprint-key"), button.attr("data-parent-page-id")));
        assertEquals("button", button.attr("type"));
    }

    @Test
    public void shouldPutThePageBelowTheButtonsPageWhenTheMeetingsPageIsUnknownGoneOrHidden() {
        assertEquals("unknown", String.valueOf(GROWTH_PLAN_PAGE), button(GROWTH_PLAN_PAGE, "mia").attr("data-parent-page-id"));

        givenMeetingsPage();
        confluence.restrictView(MEETINGS_PAGE, Set.of("mia"), Set.of());
        assertEquals("hidden from max", String.valueOf(GROWTH_PLAN_PAGE), button(GROWTH_PLAN_PAGE, "max").attr("data-parent-page-id"));
        assertEquals(String.valueOf(MEETINGS_PAGE), button(GROWTH_PLAN_PAGE, "mia").attr("data-parent-page-id"));

        confluence.editor().trash(confluence.page(MEETINGS_PAGE));
        assertEquals("trashed", String.valueOf(GROWTH_PLAN_PAGE), button(GROWTH_PLAN_PAGE, "mia").attr("data-parent-page-id"));
    }

    @Test
    public void shouldOfferThePairTheClosingReviewBelowTheButtonsPageWhileTheMentorshipIsActive() {
        Map<String, String> offered = new LinkedHashMap<>();
        for (String user : List.of("mia", "max", "eddie", "sam")) {
            Element closing = Jsoup.parse(render("mentoring-new-meeting", Map.of(), null, GROWTH_PLAN_PAGE, user))
                    .selectFirst("button.mentoring-new-closing-review");
            offered.put(user, closing == null ? null : String.join(" ", closing.text(), closing.attr("data-blueprint-key"),
                    closing.attr("data-parent-page-id")));
        }

        String button = "Write the closing review " + BlueprintKeys.CLOSING_REVIEW_BLUEPRINT + " " + GROWTH_PLAN_PAGE;
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("mia", button);
        expected.put("max", button);
        expected.put("eddie", null);
        expected.put("sam", null);
        assertEquals(expected, offered);
        plan = PlanRows.invited(ao, plans, plan, CLOCK.instant());
        assertEquals(0, Jsoup.parse(render("mentoring-new-meeting", Map.of(), null, GROWTH_PLAN_PAGE, "mia"))
                .select("button.mentoring-new-closing-review").size());
    }

    @Test
    public void shouldOfferNoButtonOnceTheMentorshipIsClosed() {
        plans.close(plan.id(), plan.menteeKey(), GROWTH_PLAN_PAGE);

        assertEquals("", render("mentoring-new-meeting", Map.of(), null, GROWTH_PLAN_PAGE, "mia").strip());
    }

    @Test
    public void shouldShowNothingToWhoMayNotAddPagesNorInExports() {
        givenMeetingsPage();

        assertEquals("", render("mentoring-new-meeting", Map.of(), null, GROWTH_PLAN_PAGE, "vera").strip());
        assertEquals("", render("mentoring-new-meeting", Map.of(), null, GROWTH_PLAN_PAGE, "mia", OutputType.PDF).strip());
    }
}
