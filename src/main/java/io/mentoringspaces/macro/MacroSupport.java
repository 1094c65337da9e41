package io.mentoringspaces.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.mentoringspaces.PluginKeys;
import io.mentoringspaces.service.AccessService;
import io.mentoringspaces.view.Viewer;
import java.util.Set;

/**
 * Where and for whom a macro renders, and the web resources it asks for on the page being built.
 */
public class MacroSupport {

    private static final String DISPLAY = "display";
    private static final String MOBILE = "mobile";
    private static final Set<String> ON_SCREEN = Set.of(DISPLAY, "preview");

    private final PageBuilderService pageBuilder;
    private final AccessService access;

    public MacroSupport(PageBuilderService pageBuilder, AccessService access) {
        this.pageBuilder = pageBuilder;
        this.access = access;
    }

    /** Where a macro is rendered and what the current user may do there. */
    public record Placement(String spaceKey, boolean canView, Viewer viewer) {
    }

    /**
     * The space and page of the conversion and the current user's rights on them: the page's own
     * permissions when the macro is on a saved page; otherwise (a preview of a new page) viewing the
     * space, and whether the user may add pages to it, that is edit the new page.
     */
    public Placement placement(ConversionContext context) {
        ConfluenceUser user = access.currentUser();
        boolean interactive = DISPLAY.equals(context.getOutputType()) && !MOBILE.equals(context.getOutputDeviceType());
        ContentEntityObject entity = context.getEntity();
        if (entity instanceof AbstractPage page && page.getId() > 0) {
            String spaceKey = page.getSpaceKey() == null ? context.getSpaceKey() : page.getSpaceKey();
            return new Placement(spaceKey, access.canViewPage(user, page),
                    new Viewer(user, page.getId(), user != null && access.canEditPage(user, page), interactive));
        }
        String spaceKey = context.getSpaceKey();
        return new Placement(spaceKey, access.canViewSpace(user, spaceKey),
                new Viewer(user, 0, user != null && access.canAddPages(user, spaceKey), interactive));
    }

    /**
     * Whether the conversion is shown on screen (view or preview), where links may be relative and the
     * app's styles are asked for; exports, e-mail and feeds get absolute links and no resources.
     */
    public static boolean onScreen(ConversionContext context) {
        return ON_SCREEN.contains(String.valueOf(context.getOutputType()));
    }

    /** Asks for one of the app's web resources on the page being built. */
    public void requireResource(String moduleKey) {
        pageBuilder.assembler().resources().requireWebResource(PluginKeys.PLUGIN_KEY + ":" + moduleKey);
    }
}
