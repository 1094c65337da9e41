package io.mentoringspaces.macro;

import static org.junit.Assert.assertEquals;

import io.mentoringspaces.confluence.OutputType;
import io.mentoringspaces.confluence.Storage;
import io.mentoringspaces.model.ActivityDefinition;
import io.mentoringspaces.model.ActivityKind;
import io.mentoringspaces.model.ActivityStatus;
import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.service.ActivityService;
import io.mentoringspaces.service.Changes;
import io.mentoringspaces.testsupport.Html;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.Test;

/**
 * {@code mentoring-activity} on the growth-plan page: the activity's words from the macro, its status
 * from the index, a select for the pair, a lozenge for everybody else and in exports, a note before the
 * index knows it, and an error panel for a kind it does not know.
 */
public class ActivityMacroTest extends MacroTestBase {

    private ActivityService activities;

    @Before
    public void givenTwoActivitiesWithTheSameTitle() {
        activities = new ActivityService(ao, new Changes(ao), CLOCK);
        givenGoal("g-speak", "Speak at a meetup", null, null, GoalStatus.IN_PROGRESS);
        activities.syncActivities(plan.id(), List.of(
                new ActivityDefinition(ChecklistEntry.written("Meetup talk"), "Meetup talk", ActivityKind.EVENT, "g-speak"),
                new ActivityDefinition(ChecklistEntry.written("Meetup talk"), "Meetup talk", ActivityKind.EVENT, null)));
        activities.setStatus(plan.id(), activities.activities(plan.id()).get(1).key(), ActivityStatus.DONE, "key-mia");
    }

    private static String macro(String title, String kind, String goalKey) {
        return goalKey == null ? Storage.macro("mentoring-activity", Map.of("title", title, "kind", kind), null)
                : Storage.macro("mentoring-activity", Map.of("title", title, "kind", kind, "goalKey", goalKey), null);
    }

    private Document page(String user, OutputType type, String... macros) {
        givenBody(GROWTH_PLAN_PAGE, String.join("<p>Between</p>", macros));
        return Html.parse(renderSaved(GROWTH_PLAN_PAGE, user, type));
    }

    @Test
    public void shouldShowEachActivityWithItsOwnStatusAndASelectForThePair() {
        Document html = page("max", OutputType.DISPLAY, macro("Meetup talk", "event", "g-speak"), macro("Meetup talk", "event", null));

        assertEquals(List.of("planned", "done"), html.select("select.mentoring-activity-status option[selected]").eachAttr("value"));
        assertEquals("Event Meetup talk For the goal: Speak at a meetup Planned In progress Done",
                html.select(".mentoring-activity").get(0).text());
        assertEquals("Status of Meetup talk", html.selectFirst("select").attr("aria-label"));
        assertEquals("Set by Mia Mentee on 16 Mar 2026", html.select("select").get(1).attr("title"));
        assertEquals(List.of("io.mentoringspaces.mentoring-spaces:macro-activity"), confluence.pageBuilder().required());
    }

    @Test
    public void shouldShowTheStatusAsALozengeToOthersAndInExports() {
        assertEquals(List.of("Planned", "Done"), Html.texts(page("eddie", OutputType.DISPLAY, macro("Meetup talk", "event", null),
                macro("Meetup talk", "event", null)).html(), ".mentoring-activity-state"));
        for (OutputType type : STATIC_OUTPUT_TYPES) {
            Document html = page("mia", type, macro("Meetup talk", "event", null));
            assertEquals(type.name(), 0, html.select("select, [data-rest-path]").size());
        }
    }

    @Test
    public void shouldNoteAnActivityTheIndexDoesNotKnowAndRefuseAnUnknownKind() {
        Document html = page("mia", OutputType.DISPLAY, macro("Book club", "course", null), macro("Hackathon", "party", null));

        assertEquals("Course Book club Planned This activity is not in the growth plan yet: save the page to track its status.",
                html.select(".mentoring-activity").get(0).text());
        assertEquals(0, html.select("select").size());
        assertEquals("Kind must be one of course, project, event and other.", html.select(".aui-message").get(1).text());
    }
}
