package io.mentoringspaces.confluence;

import com.atlassian.confluence.event.events.content.page.PageCopyEvent;
import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.event.events.space.SpaceContentWillRemoveEvent;
import com.atlassian.confluence.event.events.space.SpaceCreateEvent;
import com.atlassian.confluence.event.events.space.SpaceRemoveEvent;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageUpdateTrigger;
import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.core.util.ProgressMeter;
import com.atlassian.event.api.EventPublisher;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * What people do to content in Confluence's editor and page tools, done as Confluence's managers do
 * it and with the events they publish, in their order (DefaultPageManager, DefaultContentEntityManager,
 * DefaultSpaceManager and InitialSpaceContentListener of Confluence 8.7.2), by the user of the current
 * request:
 * <ul>
 * <li>creating a page saves it and publishes PageCreateEvent; labels given to the new page before
 * it is published are added to it unsaved (LabelAddEvent each), labels added or removed afterwards
 * publish LabelAddEvent or LabelRemoveEvent each, and no page event;</li>
 * <li>saving a new version (a body change, a rename) keeps the old one as a historical version and
 * publishes PageUpdateEvent with it as the original page; a title another current page of the space
 * has is refused;</li>
 * <li>moving a page (and its descendants) publishes PageMoveEvent with the old space and parent;</li>
 * <li>copying a page with its descendants (DefaultBulkPageCopy) saves each copy without a create
 * event, gives it the original's labels but personal ones, then publishes PageCopyEvent;</li>
 * <li>trashing a page clears it as its space's home page and publishes PageTrashedEvent; restoring
 * publishes PageRestoreEvent; purging publishes PageRemoveEvent before the page and its labels
 * go;</li>
 * <li>creating a space gives its creator Confluence's initial space permissions, publishes
 * SpaceCreateEvent, upon which a default home page is created (PageCreateEvent); removing a space
 * publishes SpaceContentWillRemoveEvent (in a transaction of its own in Confluence), removes the
 * space's permissions, its pages (PageRemoveEvent each, trashed ones too), then the space, then
 * publishes SpaceRemoveEvent. (Confluence also publishes SpaceWillRemoveEvent before the pages go, in
 * the transaction that removes them; the app does not listen to it, so the test Confluence leaves it
 * out.)</li>
 * </ul>
 * Like the managers, it checks no permission.
 */
public final class Editor {

    /** Space permissions Confluence gives the creator of a space (SpacePermission.GENERIC_SPACE_PERMISSIONS). */
    static final List<String> CREATOR_PERMISSIONS = List.of(SpacePermission.VIEWSPACE_PERMISSION,
            SpacePermission.REMOVE_OWN_CONTENT_PERMISSION, SpacePermission.CREATEEDIT_PAGE_PERMISSION,
            SpacePermission.REMOVE_PAGE_PERMISSION, SpacePermission.EDITBLOG_PERMISSION, SpacePermission.REMOVE_BLOG_PERMISSION,
            SpacePermission.COMMENT_PERMISSION, SpacePermission.REMOVE_COMMENT_PERMISSION,
            SpacePermission.CREATE_ATTACHMENT_PERMISSION, SpacePermission.REMOVE_ATTACHMENT_PERMISSION,
            SpacePermission.EXPORT_SPACE_PERMISSION, SpacePermission.ADMINISTER_SPACE_PERMISSION,
            SpacePermission.SET_PAGE_PERMISSIONS_PERMISSION, SpacePermission.REMOVE_MAIL_PERMISSION);

    /** The prefix of personal labels' namespace (Namespace.PERSONAL), which copies leave out. */
    private static final String PERSONAL_NAMESPACE = "my";

    private final ContentStore content;
    private final EventPublisher events;
    private final InMemoryLabelManager labels;
    private final InMemorySpacePermissionManager spacePermissions;
    private final Clock clock;

    Editor(ContentStore content, EventPublisher events, InMemoryLabelManager labels,
            InMemorySpacePermissionManager spacePermissions, Clock clock) {
        this.content = content;
        this.events = events;
        this.labels = labels;
        this.spacePermissions = spacePermissions;
        this.clock = clock;
    }

    private static ConfluenceUser actor() {
        return AuthenticatedUserThreadLocal.get();
    }

    private Date now() {
        return Date.from(clock.instant());
    }

    // Spaces

    /** A space (DefaultSpaceManager.createSpace), its creator holding the initial permissions; its default home page follows. */
    public Space createSpace(String key, String name) {
        ConfluenceUser creator = actor();
        Space space = content.addSpace(key, name, creator, now());
        for (String type : CREATOR_PERMISSIONS) {
            spacePermissions.savePermission(SpacePermission.createUserSpacePermission(type, space, creator));
        }
        events.publish(new SpaceCreateEvent(this, space));
        Page home = newPage(space, null, name + " Home", "");
        save(home);
        space.setHomePage(home);
        return space;
    }

    /**
     * Removes a space (DefaultSpaceManager.removeSpace): SpaceContentWillRemoveEvent, then its
     * permissions go and its pages are purged one by one, then the space goes: SpaceRemoveEvent.
     */
    public void removeSpace(String key) {
        Space space = content.space(key);
        events.publish(new SpaceContentWillRemoveEvent(this, space, new ProgressMeter()));
        space.getPermissions().clear();
        for (Page page : content.pages(key, false)) {
            events.publish(new PageRemoveEvent(this, page));
            content.remove(page);
        }
        space.setHomePage(null);
        content.removeSpace(key);
        events.publish(new SpaceRemoveEvent(this, space, new ProgressMeter()));
    }

    // Pages

    /** A new page (not saved yet), by the current user, now. */
    public Page newPage(Space space, Page parent, String title, String body) {
        Page page = new Page();
        page.setSpace(space);
        page.setParentPage(parent);
        page.setTitle(title);
        page.setBodyAsString(body);
        page.setCreator(actor());
        page.setLastModifier(actor());
        page.setCreationDate(now());
        page.setLastModificationDate(now());
        return page;
    }

    /** Saves a new page (DefaultContentEntityManager.saveContentEntity): PageCreateEvent. */
    @SuppressWarnings("deprecation")
    void save(Page page) {
        refuseDuplicateTitle(page);
        page.setId(content.nextId());
        content.add(page);
        events.publish(new PageCreateEvent(this, page));
    }

    /**
     * Creates a page in the editor and publishes it; {@code labels} are given to it before it is
     * published (LabelAddEvent each, on the page not saved yet).
     */
    public Page createPage(String spaceKey, Page parent, String title, String body, Label... labels) {
        Page page = newPage(content.space(spaceKey), parent, title, body);
        for (Label label : labels) {
            this.labels.addLabel(page, label);
        }
        save(page);
        return page;
    }

    /** Publishes a new version of the page with {@code body}, as the editor does. */
    public void saveNewVersion(Page page, String body) {
        newVersion(page, p -> p.setBodyAsString(body), PageUpdateTrigger.EDIT_PAGE);
    }

    /** Publishes a new version of the page with a new title and {@code body}, edited together in the editor. */
    public void saveNewVersion(Page page, String title, String body) {
        newVersion(page, p -> {
            p.setTitle(title);
            p.setBodyAsString(body);
        }, PageUpdateTrigger.EDIT_PAGE);
    }

    /**
     * Saves a new version of a page with {@code change} applied, as an app does through
     * PageManager.saveNewVersion with DefaultSaveContext.DEFAULT (DefaultContentEntityManager): the old
     * version is kept, the current user is the last modifier, PageUpdateEvent with an unknown trigger.
     */
    void saveNewVersion(Page page, Consumer<Page> change) {
        newVersion(page, change, PageUpdateTrigger.UNKNOWN);
    }

    /** Renames a page (DefaultPageManager.renamePage): a new version with the new title. */
    public void rename(Page page, String title) {
        newVersion(page, p -> p.setTitle(title), PageUpdateTrigger.UNKNOWN);
    }

    @SuppressWarnings("deprecation")
    private void newVersion(Page page, Consumer<Page> change, PageUpdateTrigger trigger) {
        Page historical = historicalCopy(page);
        change.accept(page);
        if (!Objects.equals(historical.getTitle(), page.getTitle())) {
            refuseDuplicateTitle(page);
        }
        page.setVersion(page.getVersion() + 1);
        page.setLastModifier(actor());
        page.setLastModificationDate(now());
        content.keepHistorical(page.getId(), historical);
        events.publish(new PageUpdateEvent(this, page, historical, false, trigger));
    }

    private Page historicalCopy(Page page) {
        Page copy = new Page();
        copy.setId(content.nextId());
        copy.setSpace(page.getSpace());
        copy.setParentPage(page.getParent());
        copy.setTitle(page.getTitle());
        copy.setBodyAsString(page.getBodyAsString());
        copy.setVersion(page.getVersion());
        copy.setCreator(page.getCreator());
        copy.setLastModifier(page.getLastModifier());
        copy.setCreationDate(page.getCreationDate());
        copy.setLastModificationDate(page.getLastModificationDate());
        copy.getLabels().addAll(page.getLabels());
        return copy;
    }

    private void refuseDuplicateTitle(Page page) {
        Page existing = content.currentPage(page.getSpaceKey(), page.getTitle());
        if (existing != null && existing.getId() != page.getId() && page.isCurrent()) {
            throw new IllegalArgumentException("A page already exists with the title " + page.getTitle()
                    + " in the space with key " + page.getSpaceKey());
        }
    }

    /** Adds a label to a page from the page's label tools (LabelManager.addLabel): LabelAddEvent, no new version. */
    public int addLabel(Page page, Label label) {
        return labels.addLabel(page, label);
    }

    /** Removes a label from a page with the page's label tools (LabelManager.removeLabel): LabelRemoveEvent, no new version. */
    public int removeLabel(Page page, Label label) {
        return labels.removeLabel(page, label);
    }

    /**
     * Copies a page and its descendants below {@code newParent} (DefaultBulkPageCopy): each copy,
     * titled by {@code title} from the original's title, is saved without a create event, gets the
     * original's labels but personal ones, and PageCopyEvent follows. Returns the copy of {@code page}.
     */
    public Page copyHierarchy(Page page, Page newParent, UnaryOperator<String> title) {
        Page copy = newPage(newParent.getSpace(), newParent, title.apply(page.getTitle()), page.getBodyAsString());
        refuseDuplicateTitle(copy);
        copy.setId(content.nextId());
        content.add(copy);
        for (Label label : page.getLabels()) {
            if (!PERSONAL_NAMESPACE.equals(label.getNamespace().getPrefix())) {
                copy.getLabels().add(label);
            }
        }
        events.publish(new PageCopyEvent(this, page, copy, actor(), true));
        for (Page child : content.children(page)) {
            copyHierarchy(child, copy, title);
        }
        return copy;
    }

    /** Moves a page below {@code newParent} (or to the top level of {@code space} when null), with its descendants. */
    public void move(Page page, Space space, Page newParent) {
        Space oldSpace = page.getSpace();
        Page oldParent = page.getParent();
        List<Page> moved = new ArrayList<>();
        moved.add(page);
        moved.addAll(content.descendants(page));
        page.setParentPage(newParent);
        Space target = newParent == null ? space : newParent.getSpace();
        for (Page each : moved) {
            each.setSpace(target);
        }
        events.publish(new PageMoveEvent(this, page, moved, oldSpace, oldParent, null, actor(), false));
    }

    /** Moves a page to the trash (DefaultPageManager.trashPage). */
    public void trash(Page page) {
        page.setContentStatus("deleted");
        Space space = page.getSpace();
        if (space.getHomePage() != null && space.getHomePage().getId() == page.getId()) {
            space.setHomePage(null);
        }
        events.publish(new PageTrashedEvent(this, page, actor(), false));
    }

    /** Restores a page from the trash. */
    public void restore(Page page) {
        page.setContentStatus("current");
        events.publish(new PageRestoreEvent(this, page));
    }

    /** Purges a page from the trash: PageRemoveEvent while the page still has its labels, then it goes. */
    public void purge(Page page) {
        events.publish(new PageRemoveEvent(this, page));
        page.getLabels().clear();
        content.remove(page);
    }
}
