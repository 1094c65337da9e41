package io.mentoringspaces.listener;

import com.atlassian.confluence.event.events.content.page.PageCopyEvent;
import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.event.events.label.LabelAddEvent;
import com.atlassian.confluence.event.events.label.LabelRemoveEvent;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import io.mentoringspaces.index.PageIndexer;
import io.mentoringspaces.service.Changes;

/**
 * Hands Confluence's page events, and the label events of pages, to the {@link PageIndexer}. Registered
 * with the event publisher when its Spring bean starts and unregistered when it stops (the plugin is
 * disabled or updated). Confluence may publish an event while the transaction that saved the page is
 * still open, so the changes made for it run {@link Changes#insideHostTransaction inside the host's
 * transaction}: never retried.
 */
public class PageEventListener {

    private final EventPublisher eventPublisher;
    private final PageIndexer indexer;

    public PageEventListener(EventPublisher eventPublisher, PageIndexer indexer) {
        this.eventPublisher = eventPublisher;
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

    /**
     * A page from a blueprint, published. The create-content plugin labels it with its blueprint's
     * index key before the event (as the page, or as the draft it is published from), so the app's
     * blueprints are recognised by their labels, the label the page create event may not see yet.
     */
    @EventListener
    public void onBlueprintPageCreate(BlueprintPageCreateEvent event) {
        Changes.insideHostTransaction(() -> indexer.pageCreated(event.getPage()));
    }

    /** Any new page, however made (editor, copy, import, REST): recognised by its labels. */
    @EventListener
    public void onPageCreate(PageCreateEvent event) {
        Changes.insideHostTransaction(() -> indexer.pageCreated(event.getPage()));
    }

    /** The copy of a page, recognised by the labels it was copied with. */
    @EventListener
    public void onPageCopy(PageCopyEvent event) {
        Changes.insideHostTransaction(() -> indexer.pageCreated(event.getDestination()));
    }

    /** A new version: the title (and so the meeting date), the goal macros or the labels may have changed. */
    @EventListener
    public void onPageUpdate(PageUpdateEvent event) {
        Changes.insideHostTransaction(() -> indexer.pageUpdated(event.getPage()));
    }

    @EventListener
    public void onPageMove(PageMoveEvent event) {
        Changes.insideHostTransaction(
                () -> indexer.pageMoved(event.getPage(), event.isMovedSpace() ? event.getOldSpace() : null));
    }

    @EventListener
    public void onPageTrashed(PageTrashedEvent event) {
        Changes.insideHostTransaction(() -> indexer.pageTrashed(event.getPage()));
    }

    @EventListener
    public void onPageRestore(PageRestoreEvent event) {
        Changes.insideHostTransaction(() -> indexer.pageRestored(event.getPage()));
    }

    /** Purged from the trash (or removed with its space). */
    @EventListener
    public void onPageRemove(PageRemoveEvent event) {
        Changes.insideHostTransaction(() -> indexer.pagePurged(event.getPage()));
    }

    /**
     * A label added with the page's label tools: Confluence saves no new version for it, so this is the
     * only event that tells a page became a meeting or the growth plan.
     */
    @EventListener
    public void onLabelAdd(LabelAddEvent event) {
        Changes.insideHostTransaction(() -> indexer.pageLabelsChanged(event.getLabelled(), event.getLabel()));
    }

    /** A label taken off with the page's label tools: the only event that tells a page is no longer a meeting. */
    @EventListener
    public void onLabelRemove(LabelRemoveEvent event) {
        Changes.insideHostTransaction(() -> indexer.pageLabelsChanged(event.getLabelled(), event.getLabel()));
    }
}
