package io.mentoringspaces.macro;

import static org.junit.Assert.assertEquals;

import com.atlassian.confluence.core.ContentEntityObject;
import io.mentoringspaces.confluence.DeviceType;
import io.mentoringspaces.confluence.OutputType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.Test;

/**
 * Where a macro renders and what the user may do there, as the app's macros ask it: on a saved page,
 * the page's own permissions; on a page not saved yet (the preview of a new page), whether the user
 * may add pages to the space, which in Confluence is not the space-level EDIT permission (that one
 * means administering the space).
 */
public class MacroPlacementTest extends MacroTestBase {

    /** For each user (null: anonymous): "view" or "none", then "+edit" when the user may change things there. */
    private Map<String, String> rights(ContentEntityObject entity) {
        MacroSupport support = confluence.app().bean("macroSupport", MacroSupport.class);
        Map<String, String> rights = new LinkedHashMap<>();
        for (String user : Arrays.asList(null, "olga", "ada", "vera", "eddie", "sam", "mia", "max")) {
            confluence.loginAs(user);
            MacroSupport.Placement placement = support.placement(
                    confluence.conversion(entity, SPACE, OutputType.PREVIEW, DeviceType.DESKTOP));
            rights.put(String.valueOf(user), (placement.canView() ? "view" : "none") + (placement.viewer().canEdit() ? "+edit" : ""));
        }
        return rights;
    }

    private static Map<String, String> viewersAndEditors() {
        Map<String, String> rights = new LinkedHashMap<>();
        rights.put("null", "none");
        rights.put("olga", "none");
        rights.put("ada", "none");
        rights.put("vera", "view");
        rights.put("eddie", "view+edit");
        rights.put("sam", "view+edit");
        rights.put("mia", "view+edit");
        rights.put("max", "view+edit");
        return rights;
    }

    @Test
    public void shouldGiveTheRightsOnASavedPageFromThePagesPermissions() {
        assertEquals(viewersAndEditors(), rights(confluence.page(GROWTH_PLAN_PAGE)));
    }

    @Test
    public void shouldLetEveryoneWhoMayAddPagesToTheSpaceEditAPageNotSavedYetNotOnlyItsAdministrators() {
        confluence.loginAs("mia");
        ContentEntityObject draft = confluence.editor().newPage(confluence.space(SPACE), null, "Next steps", "");

        assertEquals(viewersAndEditors(), rights(draft));
        assertEquals(viewersAndEditors(), rights(null));
    }
}
