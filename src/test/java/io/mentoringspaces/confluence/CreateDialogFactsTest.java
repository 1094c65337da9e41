package io.mentoringspaces.confluence;

import static org.junit.Assert.assertEquals;

import com.atlassian.confluence.pages.Page;
import com.fasterxml.jackson.databind.JsonNode;
import io.mentoringspaces.blueprint.BlueprintKeys;
import io.mentoringspaces.confluence.WebServer.Reply;
import io.mentoringspaces.testsupport.MentoringSpace;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;

/**
 * What the app's button for the next meeting page calls of Confluence's create-content plugin, as the
 * test Confluence answers it (decompiled {@code confluence-create-content-plugin-18.7.17}, GitHub
 * {@code ngannk-fptu/Decompiled-Files}: {@code rest/BlueprintResource#getWebItems},
 * {@code rest/AbstractRestResource}, {@code rest/entities/CreateDialogWebItemEntity},
 * {@code impl/DefaultRequestResolver}): the Create dialog's items of a space, each naming its blueprint
 * by complete key and by id, to who may add pages to the space only; and the page the dialog creates
 * goes below the parent it was given, which the creator must be able to view.
 */
public class CreateDialogFactsTest extends SiteTestBase {

    @Before
    public void givenTheMeetingsPageAndAPrivateOne() {
        confluence.page(101, MentoringSpace.SPACE, confluence.page(MentoringSpace.GROWTH_PLAN_PAGE), "Meetings", "<p>Meetings</p>");
        confluence.page(102, MentoringSpace.SPACE, confluence.page(MentoringSpace.GROWTH_PLAN_PAGE), "Private", "<p>Mine</p>");
        confluence.restrictView(102, Set.of("mia"), Set.of());
    }

    private Reply items(String query, String user) throws Exception {
        return web.site().send("GET", CreateDialogItems.PATH + query, null, null, Map.of(WebServer.USER_HEADER, user));
    }

    private Reply create(String user, String parentId) throws Exception {
        return web.site().send("POST", "/create-dialog", user, "blueprint=" + URLEncoder.encode(BlueprintKeys.MEETING_BLUEPRINT,
                StandardCharsets.UTF_8) + "&spaceKey=MENT&parentId=" + parentId + "&meetingDate=2026-03-16&aims=Plan",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
    }

    @Test
    @NonTransactional
    public void shouldListTheCreateDialogsBlueprintsByKeyAndIdToWhoMayAddPages() throws Exception {
        Reply reply = items("?spaceKey=MENT", "max");

        assertEquals(200, reply.status());
        JsonNode meeting = null;
        for (JsonNode item : reply.json()) {
            if (item.get("blueprintModuleCompleteKey").asText().equals(BlueprintKeys.MEETING_BLUEPRINT)) {
                meeting = item;
            }
        }
        assertEquals("Mentoring meeting", meeting.get("name").asText());
        assertEquals(BlueprintKeys.MEETING_BLUEPRINT.replace("meeting-blueprint", "meeting-create-item"),
                meeting.get("itemModuleCompleteKey").asText());
        assertEquals("edit", meeting.get("createResult").asText());
        assertEquals(CreateDialogItems.contentBlueprintId(BlueprintKeys.MEETING_BLUEPRINT).toString(),
                meeting.get("contentBlueprintId").asText());
        assertEquals("the same ids at every call, for every user", reply.json(), items("?spaceKey=MENT", "mia").json());
        assertEquals(List.of(403, 400, 400), List.of(items("?spaceKey=MENT", "vera").status(), items("?spaceKey=NOPE", "max").status(),
                items("", "max").status()));
    }

    @Test
    @NonTransactional
    public void shouldCreateThePageBelowTheParentItWasGivenIfTheCreatorMayViewIt() throws Exception {
        Reply created = create("max", "101");

        assertEquals(302, created.status());
        Page page = confluence.page(Long.parseLong(created.location().replaceAll(".*pageId=", "")));
        assertEquals("Meetings", page.getParent().getTitle());
        Reply refused = create("max", "102");
        assertEquals(400, refused.status());
        assertEquals(1, confluence.content().pages("MENT", true).stream().filter(p -> p.getTitle().contains("Mentoring meeting"))
                .count());
    }
}
