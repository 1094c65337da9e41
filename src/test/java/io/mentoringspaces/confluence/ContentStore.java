package io.mentoringspaces.confluence;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.user.User;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Confluence's content as its managers hold it: spaces (with their space permissions and categories),
 * pages (latest versions, their historical versions, labels, parents, status: current or deleted, that
 * is in the trash) and page restrictions. Reads answer as Confluence's managers do; the changes that
 * fire events are made by {@link Editor}. {@link ContentFile} keeps it in a file, as Confluence keeps it
 * in its database.
 */
public final class ContentStore {

    /** Users and groups a page restriction lets through; a page without one restricts nobody. */
    public record Restriction(Set<String> users, Set<String> groups) {

        boolean permits(User user, Directory directory) {
            if (user == null) {
                return false;
            }
            if (users.contains(user.getName())) {
                return true;
            }
            return directory.groupsOf(user).stream().anyMatch(groups::contains);
        }
    }

    private final Map<String, Space> spaces = new LinkedHashMap<>();
    private final Map<String, List<String>> categories = new LinkedHashMap<>();
    private final Map<Long, Page> pages = new LinkedHashMap<>();
    private final Map<Long, List<Page>> history = new LinkedHashMap<>();
    private final Map<Long, Restriction> viewRestrictions = new LinkedHashMap<>();
    private final Map<Long, Restriction> editRestrictions = new LinkedHashMap<>();
    private final Set<String> knownLabels = new LinkedHashSet<>();
    private long lastId = 65536;

    synchronized long nextId() {
        return ++lastId;
    }

    synchronized void continueIdsAfter(long id) {
        lastId = Math.max(lastId, id);
    }

    // Spaces

    synchronized Space addSpace(String key, String name, ConfluenceUser creator, Date at) {
        if (spaces.containsKey(key)) {
            throw new IllegalArgumentException("A space with key " + key + " exists");
        }
        Space space = new Space(key);
        space.setId(nextId());
        space.setName(name);
        space.setCreationDate(at);
        space.setLastModificationDate(at);
        spaces.put(key, space);
        categories.put(key, new ArrayList<>());
        return space;
    }

    synchronized void removeSpace(String key) {
        spaces.remove(key);
        categories.remove(key);
    }

    public synchronized Space space(String key) {
        return key == null ? null : spaces.get(key);
    }

    public synchronized List<Space> spaces() {
        return List.copyOf(spaces.values());
    }

    /** The space's categories (team labels), in the order they were added. */
    public synchronized List<String> categories(String spaceKey) {
        return List.copyOf(categories.getOrDefault(spaceKey, List.of()));
    }

    synchronized boolean addCategory(String spaceKey, String name) {
        List<String> labels = categories.computeIfAbsent(spaceKey, k -> new ArrayList<>());
        if (labels.contains(name)) {
            return false;
        }
        labels.add(name);
        return true;
    }

    // Pages

    synchronized void add(Page page) {
        pages.put(page.getId(), page);
    }

    synchronized void remove(Page page) {
        pages.remove(page.getId());
        history.remove(page.getId());
        viewRestrictions.remove(page.getId());
        editRestrictions.remove(page.getId());
    }

    /** Keeps {@code before} as a historical version of its page. */
    synchronized void keepHistorical(long pageId, Page before) {
        history.computeIfAbsent(pageId, id -> new ArrayList<>()).add(before);
    }

    /** The page's earlier versions, oldest first. */
    public synchronized List<Page> history(long pageId) {
        return List.copyOf(history.getOrDefault(pageId, List.of()));
    }

    /** The page (latest version, any status) or historical version with that id; null if none. */
    public synchronized Page page(long id) {
        Page page = pages.get(id);
        if (page != null) {
            return page;
        }
        return history.values().stream().flatMap(List::stream).filter(p -> p.getId() == id).findFirst().orElse(null);
    }

    /** The current page of the space with that title, compared without case as Confluence does; null if none. */
    public synchronized Page currentPage(String spaceKey, String title) {
        if (title == null) {
            return null;
        }
        String lower = title.toLowerCase(Locale.ROOT);
        return pages.values().stream()
                .filter(p -> p.isCurrent() && Objects.equals(p.getSpaceKey(), spaceKey) && p.getTitle() != null
                        && p.getTitle().toLowerCase(Locale.ROOT).equals(lower))
                .min(Comparator.comparingLong(Page::getId))
                .orElse(null);
    }

    /** The latest versions of the space's pages: only the current ones, or those in the trash too. */
    public synchronized List<Page> pages(String spaceKey, boolean currentOnly) {
        return pages.values().stream()
                .filter(p -> Objects.equals(p.getSpaceKey(), spaceKey) && (!currentOnly || p.isCurrent()))
                .toList();
    }

    /** The current child pages of a page, by title. */
    public synchronized List<Page> children(Page parent) {
        return pages.values().stream()
                .filter(p -> p.isCurrent() && p.getParent() != null && p.getParent().getId() == parent.getId())
                .sorted(Comparator.comparing(Page::getTitle))
                .toList();
    }

    /** Every page below a page, whatever its status, nearest first. */
    synchronized List<Page> descendants(Page page) {
        List<Page> found = new ArrayList<>();
        for (Page candidate : pages.values()) {
            for (Page parent = candidate.getParent(); parent != null; parent = parent.getParent()) {
                if (parent.getId() == page.getId()) {
                    found.add(candidate);
                    break;
                }
            }
        }
        return found;
    }

    /** The page's ancestors, the top-level page first. */
    public static List<Page> ancestors(Page page) {
        List<Page> ancestors = new ArrayList<>();
        for (Page parent = page.getParent(); parent != null; parent = parent.getParent()) {
            ancestors.add(0, parent);
        }
        return ancestors;
    }

    // Labels

    /** Remembers a label name; true when Confluence did not know it yet. */
    synchronized boolean learnLabel(Label label) {
        return knownLabels.add(label.getNamespace().getPrefix() + ":" + label.getName());
    }

    static boolean hasLabel(ContentEntityObject content, Label label) {
        return content.getLabels().contains(label);
    }

    // Restrictions

    synchronized void restrictView(long pageId, Restriction restriction) {
        viewRestrictions.put(pageId, restriction);
    }

    synchronized void restrictEdit(long pageId, Restriction restriction) {
        editRestrictions.put(pageId, restriction);
    }

    synchronized Restriction viewRestriction(long pageId) {
        return viewRestrictions.get(pageId);
    }

    synchronized Restriction editRestriction(long pageId) {
        return editRestrictions.get(pageId);
    }

    // Kept in a file

    /** Everything the store holds, as {@link ContentFile} writes it. */
    synchronized ContentFile.Stored stored() {
        List<ContentFile.StoredSpace> storedSpaces = new ArrayList<>();
        spaces.values().forEach(space -> storedSpaces.add(ContentFile.stored(space, categories.getOrDefault(space.getKey(), List.of()))));
        List<ContentFile.StoredPage> storedPages = new ArrayList<>();
        pages.values().forEach(page -> storedPages.add(ContentFile.stored(page, 0)));
        List<ContentFile.StoredPage> storedHistory = new ArrayList<>();
        history.forEach((pageId, versions) -> versions.forEach(version -> storedHistory.add(ContentFile.stored(version, pageId))));
        return new ContentFile.Stored(lastId, List.copyOf(knownLabels), storedSpaces, storedPages, storedHistory,
                new LinkedHashMap<>(viewRestrictions), new LinkedHashMap<>(editRestrictions));
    }

    /** Fills the empty store with what {@link ContentFile} read, users found by name through {@code users}. */
    synchronized void restore(ContentFile.Stored stored, Function<String, ConfluenceUser> users) {
        if (!spaces.isEmpty() || !pages.isEmpty()) {
            throw new IllegalStateException("Content is restored into an empty Confluence only");
        }
        lastId = stored.lastId();
        knownLabels.addAll(stored.knownLabels());
        for (ContentFile.StoredSpace space : stored.spaces()) {
            spaces.put(space.key(), ContentFile.space(space, users));
            categories.put(space.key(), new ArrayList<>(space.categories()));
        }
        List<Page> latest = stored.pages().stream().map(page -> ContentFile.page(page, spaces, users)).toList();
        List<Page> earlier = stored.history().stream().map(page -> ContentFile.page(page, spaces, users)).toList();
        Map<Long, Page> byId = ContentFile.byId(latest);
        setParents(stored.pages(), latest, byId);
        setParents(stored.history(), earlier, byId);
        latest.forEach(page -> pages.put(page.getId(), page));
        for (int i = 0; i < earlier.size(); i++) {
            history.computeIfAbsent(stored.history().get(i).versionOf(), id -> new ArrayList<>()).add(earlier.get(i));
        }
        for (ContentFile.StoredSpace space : stored.spaces()) {
            spaces.get(space.key()).setHomePage(byId.get(space.homePageId()));
        }
        viewRestrictions.putAll(stored.viewRestrictions());
        editRestrictions.putAll(stored.editRestrictions());
    }

    private static void setParents(Collection<ContentFile.StoredPage> stored, List<Page> read, Map<Long, Page> byId) {
        int i = 0;
        for (ContentFile.StoredPage page : stored) {
            read.get(i++).setParentPage(page.parentId() == 0 ? null : byId.get(page.parentId()));
        }
    }
}
