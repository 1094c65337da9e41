package io.mentoringspaces.confluence;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.confluence.plugins.createcontent.api.events.SpaceBlueprintCreateEvent;
import com.atlassian.confluence.plugins.createcontent.api.events.SpaceBlueprintHomePageCreateEvent;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventPublisher;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Confluence's create-content plugin (18.7.17) for the app's blueprints, driven by the app's own
 * descriptor:
 * <ul>
 * <li>a space from a space blueprint (DefaultSpaceBlueprintService.createSpace): the space is created
 * (SpaceCreateEvent, its default home page), SpaceBlueprintCreateEvent is published (the blueprint's
 * category, if any, becomes a space label), the home page is made from its template and each child
 * template below it (TemplateChildCreatorListener: titled by the template's name, after the parent's
 * title unless {@code noPageTitlePrefix} is "true"), the default home page is trashed and purged, and
 * SpaceBlueprintHomePageCreateEvent follows;</li>
 * <li>a page from a page blueprint (DefaultBlueprintManager.createBlueprintPage): made from the
 * blueprint's first content template, labelled with the blueprint's index key before it is saved,
 * saved (PageCreateEvent), then BlueprintPageCreateEvent.</li>
 * </ul>
 * A page is made from a template as DefaultBlueprintContentGenerator makes it: the context provider's
 * context map, the title from {@code ContentPageTitle} (the template's name when
 * {@code UsePageTemplateNameForTitle}, otherwise empty; after {@code ParentPageTitle - } when there is
 * one) or the wizard's {@code title}, the body from the template with the context's variables.
 * <p>
 * The events carry no blueprint object: those are the create-content plugin's implementation
 * ({@code createcontent.impl}, not API), which the app may not read; it recognises its blueprints by
 * the pages' labels and the wizard's fields (the events' context).
 */
public final class CreateContent {

    static final String CONTENT_PAGE_TITLE = "ContentPageTitle";
    static final String PARENT_PAGE_TITLE = "ParentPageTitle";
    static final String USE_TEMPLATE_NAME = "UsePageTemplateNameForTitle";
    static final String NO_PAGE_TITLE_PREFIX = "noPageTitlePrefix";

    private final Supplier<PluginContainer> plugin;
    private final Editor editor;
    private final EventPublisher events;
    private final InMemoryLabelManager labels;
    private final InMemorySpaceLabelManager spaceLabels;
    private final BundleI18nResolver i18n;
    private final PageTemplates templates;

    CreateContent(Supplier<PluginContainer> plugin, Editor editor, EventPublisher events, InMemoryLabelManager labels,
            InMemorySpaceLabelManager spaceLabels, BundleI18nResolver i18n, PageTemplates templates) {
        this.plugin = plugin;
        this.editor = editor;
        this.events = events;
        this.labels = labels;
        this.spaceLabels = spaceLabels;
        this.i18n = i18n;
        this.templates = templates;
    }

    /** A space from the space blueprint with the wizard's {@code fields}, by the current user. */
    public Space createSpace(String spaceBlueprintKey, String key, String name, Map<String, Object> fields) {
        PluginContainer.SpaceBlueprint blueprint = plugin.get().spaceBlueprints().stream()
                .filter(b -> b.completeKey().equals(spaceBlueprintKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No space blueprint " + spaceBlueprintKey));
        ConfluenceUser creator = AuthenticatedUserThreadLocal.get();
        Map<String, Object> context = new HashMap<>(fields);
        context.put("spaceKey", key);
        context.put("name", name);
        Space space = editor.createSpace(key, name);
        events.publish(new SpaceBlueprintCreateEvent(this, space, null, creator, context));
        if (blueprint.category() != null) {
            spaceLabels.addLabel(space, blueprint.category());
        }
        Page oldHome = space.getHomePage();
        Page home = fromTemplate(blueprint.home(), space, null, context);
        space.setHomePage(home);
        editor.trash(oldHome);
        editor.purge(oldHome);
        events.publish(new SpaceBlueprintHomePageCreateEvent(this, space, null, creator, context));
        return space;
    }

    /** A page from a template and its child pages below it (TemplateChildCreatorListener). */
    private Page fromTemplate(PluginContainer.TemplateRef ref, Space space, Page parent, Map<String, Object> context) {
        Page page = generate(ref.templateKey(), space, parent, context);
        editor.save(page);
        boolean prefix = !"true".equals(String.valueOf(context.get(NO_PAGE_TITLE_PREFIX)));
        for (PluginContainer.TemplateRef child : ref.children()) {
            Map<String, Object> childContext = new HashMap<>(context);
            childContext.remove(CONTENT_PAGE_TITLE);
            childContext.put(USE_TEMPLATE_NAME, true);
            if (prefix) {
                childContext.put(PARENT_PAGE_TITLE, page.getTitle());
            }
            fromTemplate(child, space, page, childContext);
        }
        return page;
    }

    /** A page from the page blueprint with the wizard's {@code fields}, below {@code parent}, by the current user. */
    public Page createPage(String blueprintKey, Space space, Page parent, Map<String, Object> fields) {
        PluginContainer.Blueprint blueprint = plugin.get().blueprint(blueprintKey);
        if (blueprint == null) {
            throw new IllegalArgumentException("No blueprint " + blueprintKey);
        }
        Map<String, Object> context = new HashMap<>(fields);
        context.put("spaceKey", space.getKey());
        Page page = generate(blueprint.contentTemplateKey(), space, parent, context);
        if (context.get("title") instanceof String title && !title.isBlank()) {
            page.setTitle(title);
        }
        if (!blueprint.indexKey().isEmpty()) {
            labels.addLabel(page, new Label(blueprint.indexKey()));
        }
        editor.save(page);
        events.publish(new BlueprintPageCreateEvent(this, page, null, AuthenticatedUserThreadLocal.get(), context));
        return page;
    }

    /** The page a content template makes in this context (not saved yet). */
    private Page generate(String templateKey, Space space, Page parent, Map<String, Object> context) {
        PluginContainer.ContentTemplate template = plugin.get().contentTemplate(templateKey);
        Map<String, Object> combined = template.contextProvider() == null ? context
                : template.contextProvider().getContextMap(new HashMap<>(context));
        return editor.newPage(space, parent, title(template, combined), templates.render(template.location(), combined));
    }

    private String title(PluginContainer.ContentTemplate template, Map<String, Object> context) {
        Object title = context.get(CONTENT_PAGE_TITLE);
        String text = title == null ? null : title.toString();
        if (text == null || text.isBlank()) {
            if (!"true".equals(String.valueOf(context.get(USE_TEMPLATE_NAME)))) {
                return "";
            }
            text = i18n.getText(template.nameKey());
        }
        Object prefix = context.get(PARENT_PAGE_TITLE);
        return prefix != null && !prefix.toString().isBlank() ? prefix + " - " + text : text;
    }
}
