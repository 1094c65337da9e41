package io.mentoringspaces.listener;

import com.atlassian.confluence.event.events.space.SpaceContentWillRemoveEvent;
import com.atlassian.confluence.event.events.space.SpaceRemoveEvent;
import com.atlassian.confluence.plugins.createcontent.api.events.SpaceBlueprintCreateEvent;
import com.atlassian.confluence.plugins.createcontent.api.events.SpaceBlueprintHomePageCreateEvent;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import io.mentoringspaces.blueprint.BlueprintKeys;
import io.mentoringspaces.blueprint.SpaceSetup;
import io.mentoringspaces.blueprint.WizardFields;
import io.mentoringspaces.index.PageIndexer;
import io.mentoringspaces.service.Changes;
import java.util.Map;

/**
 * Sets up spaces created from the Mentoring space blueprint and archives the plan of a removed space.
 * Registered with the event publisher when its Spring bean starts and unregistered when it stops. As
 * for page events, the changes made for an event run {@link Changes#insideHostTransaction inside the
 * host's transaction}: never retried.
 */
public class SpaceEventListener {

    private final EventPublisher eventPublisher;
    private final SpaceSetup spaceSetup;
    private final PageIndexer indexer;

    public SpaceEventListener(EventPublisher eventPublisher, SpaceSetup spaceSetup, PageIndexer indexer) {
        this.eventPublisher = eventPublisher;
        this.spaceSetup = spaceSetup;
        this.indexer = indexer;
    }

    /** Spring init-method. */
    public void register() {
        eventPublisher.register(this);
    }

    /** Spring destroy-method. */
    public void unregister() {
        eventPublisher.unregister(this);
    }

    /** Fired right after the space is created, before its pages: plan, category and permissions. */
    @EventListener
    public void onSpaceBlueprintCreate(SpaceBlueprintCreateEvent event) {
        Changes.insideHostTransaction(() -> {
            if (isMentoringSpace(event.getContext())) {
                spaceSetup.setUp(event.getSpace(), event.getCreator(), event.getContext());
            }
        });
    }

    /** Fired once the home page and its child pages exist: the growth-plan page is labelled and indexed. */
    @EventListener
    public void onSpaceBlueprintHomePageCreate(SpaceBlueprintHomePageCreateEvent event) {
        Changes.insideHostTransaction(() -> {
            if (isMentoringSpace(event.getContext())) {
                spaceSetup.pagesCreated(event.getSpace());
            }
        });
    }

    /**
     * Confluence is about to remove the space (published in a transaction of its own, before the space's
     * pages are purged one by one): the plan is archived first, so that the purges keep its meeting links
     * and the ended pair keeps its figures.
     */
    @EventListener
    public void onSpaceContentWillRemove(SpaceContentWillRemoveEvent event) {
        Changes.insideHostTransaction(() -> indexer.spaceRemoved(event.getSpace().getKey()));
    }

    /** The space is gone: its plan is archived, if it was not yet. */
    @EventListener
    public void onSpaceRemove(SpaceRemoveEvent event) {
        Changes.insideHostTransaction(() -> indexer.spaceRemoved(event.getSpace().getKey()));
    }

    /**
     * The events' context is the wizard's fields, to which the Mentoring space wizard adds its
     * blueprint's key (the blueprint object the events also carry is not API).
     */
    private static boolean isMentoringSpace(Map<String, Object> context) {
        return context != null && BlueprintKeys.SPACE_BLUEPRINT.equals(context.get(WizardFields.SPACE_BLUEPRINT));
    }
}
