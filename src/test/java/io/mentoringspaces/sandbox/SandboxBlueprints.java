package io.mentoringspaces.sandbox;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.confluence.plugins.createcontent.api.events.SpaceBlueprintCreateEvent;
import com.atlassian.confluence.plugins.createcontent.api.events.SpaceBlueprintHomePageCreateEvent;
import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.sal.api.message.I18nResolver;
import io.mentoringspaces.confluence.PageTemplates;
import io.mentoringspaces.confluence.PluginContainer;
import io.mentoringspaces.confluence.TestUser;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sandbox double of Confluence's create-content plugin: creating a space from a space blueprint
 * and a page from a page blueprint the way Confluence does, with the app's own templates, context
 * providers and events, so that the app's listeners see exactly what they see in Confluence; and
 * saving a new version of a page (the editor's publish), with its update event.
 */
public final class SandboxBlueprints {

    /** The context key of a page's title, as the create-content plugin reads it. */
    static final String TITLE = "ContentPageTitle";
    /** Space permissions Confluence gives the creator of a space. */
    private static final List<String> CREATOR_PERMISSIONS = List.of(SpacePermission.VIEWSPACE_PERMISSION,
            SpacePermission.CREATEEDIT_PAGE_PERMISSION, SpacePermission.ADMINISTER_SPACE_PERMISSION,
            SpacePermission.COMMENT_PERMISSION, SpacePermission.REMOVE_PAGE_PERMISSION, SpacePermission.EXPORT_SPACE_PERMISSION);

    private final PluginContainer plugin;
    private final SandboxConfluence confluence;
    private final SandboxEvents events;
    private final PageTemplates templates;
    private final I18nResolver i18n;
    private final Clock clock;

    public SandboxBlueprints(PluginContainer plugin, SandboxConfluence confluence, SandboxEvents events, I18nResolver i18n,
            Clock clock) {
        this.plugin = plugin;
        this.confluence = confluence;
        this.events = events;
        this.templates = new PageTemplates(i18n);
        this.i18n = i18n;
        this.clock = clock;
    }

    /**
     * A space from the space blueprint and the wizard's {@code fields}: the space (its creator holding
     * Confluence's default permissions), the space-created event, the home page and its child pages
     * from their templates, then the home-page-created event.
     */
    public Space createSpace(String spaceBlueprintKey, String key, String name, TestUser creator, Map<String, Object> fields) {
        PluginContainer.SpaceBlueprint blueprint = plugin.spaceBlueprints().stream()
                .filter(b -> b.completeKey().equals(spaceBlueprintKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No space blueprint " + spaceBlueprintKey));
        Space space = confluence.createSpace(key, name);
        for (String type : CREATOR_PERMISSIONS) {
            confluence.savePermission(SpacePermission.createUserSpacePermission(type, space, creator));
        }
        Map<String, Object> context = new HashMap<>(fields);
        context.put("spaceKey", key);
        SpaceBlueprintCreateEvent created = mock(SpaceBlueprintCreateEvent.class, withSettings().stubOnly().name("sandboxSpaceCreated"));
        when(created.getSpace()).thenReturn(space);
        when(created.getCreator()).thenReturn(creator);
        when(created.getContext()).thenReturn(context);
        events.publish(created);
        Page home = pageFromTemplate(space, null, plugin.contentTemplate(blueprint.home().templateKey()), context, creator, null,
                name);
        for (PluginContainer.TemplateRef child : blueprint.home().children()) {
            pageFromTemplate(space, home, plugin.contentTemplate(child.templateKey()), context, creator, null, null);
        }
        SpaceBlueprintHomePageCreateEvent pagesCreated = mock(SpaceBlueprintHomePageCreateEvent.class,
                withSettings().stubOnly().name("sandboxSpacePagesCreated"));
        when(pagesCreated.getSpace()).thenReturn(space);
        when(pagesCreated.getContext()).thenReturn(context);
        events.publish(pagesCreated);
        return space;
    }

    /**
     * A page from a page blueprint, under {@code parent}, with the wizard's {@code fields}: labelled with
     * the blueprint's index key before the blueprint's event, as the create-content plugin does.
     */
    public Page createPage(String blueprintKey, Space space, Page parent, TestUser creator, Map<String, Object> fields) {
        PluginContainer.Blueprint blueprint = plugin.blueprint(blueprintKey);
        if (blueprint == null) {
            throw new IllegalArgumentException("No blueprint " + blueprintKey);
        }
        Map<String, Object> context = new HashMap<>(fields);
        context.put("spaceKey", space.getKey());
        Page page = pageFromTemplate(space, parent, plugin.contentTemplate(blueprint.contentTemplateKey()), context, creator,
                blueprint.indexKey(), null);
        BlueprintPageCreateEvent created = mock(BlueprintPageCreateEvent.class, withSettings().stubOnly().name("sandboxPageCreated"));
        when(created.getPage()).thenReturn(page);
        events.publish(created);
        return page;
    }

    @SuppressWarnings("deprecation")
    private Page pageFromTemplate(Space space, Page parent, PluginContainer.ContentTemplate template, Map<String, Object> fields,
            TestUser creator, String label, String title) {
        Map<String, Object> context = new HashMap<>(fields);
        if (template.contextProvider() != null) {
            context = template.contextProvider().getContextMap(context);
        }
        String pageTitle = title != null ? title
                : context.get(TITLE) != null ? context.get(TITLE).toString() : i18n.getText(template.nameKey());
        String body = templates.render(template.location(), context);
        Page page = confluence.createPage(space, parent, pageTitle, body, label == null ? List.of() : List.of(label), creator,
                clock.instant());
        events.publish(new PageCreateEvent(this, page));
        return page;
    }

    /** A new version of the page with {@code body}, as the editor publishes it. */
    public void updatePage(Page page, String body) {
        confluence.updateBody(page, body, clock.instant());
        PageUpdateEvent event = mock(PageUpdateEvent.class, withSettings().stubOnly().name("sandboxPageUpdateEvent"));
        when(event.getPage()).thenReturn(page);
        events.publish(event);
    }
}
