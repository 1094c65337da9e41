package io.mentoringspaces.sandbox;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.Namespace;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.mentoringspaces.confluence.TestUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The sandbox double of Confluence's content and directory: users, groups, Confluence administrators,
 * spaces with their categories and space permissions, and pages (storage-format bodies, labels,
 * parents, trash), kept in memory and written to a JSON file after every change (the app's own data
 * is in the HSQLDB database beside it). Permissions are evaluated as Confluence does for spaces:
 * VIEWSPACE, EDITSPACE and SETSPACEPERMISSIONS granted to the user or to a group of the user; a
 * Confluence administrator has no content permission unless granted one.
 */
public final class SandboxConfluence {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What a page has besides what the host-API {@link Page} holds. */
    public record PageInfo(String creator, Instant created, Instant modified, int version) {
    }

    private final Path file;
    private final Map<String, TestUser> users = new LinkedHashMap<>();
    private final Map<String, Set<String>> groups = new LinkedHashMap<>();
    private final Set<String> admins = new LinkedHashSet<>();
    private final Map<String, Space> spaces = new LinkedHashMap<>();
    private final Map<String, List<String>> categories = new LinkedHashMap<>();
    private final Map<Long, Page> pages = new LinkedHashMap<>();
    private final Map<Long, PageInfo> infos = new LinkedHashMap<>();
    private long lastId = 65536;
    private int batchDepth;

    public SandboxConfluence(Path file) {
        this.file = file;
    }

    // Directory: fixed by the sandbox, not persisted.

    public synchronized TestUser addUser(String name, String fullName) {
        TestUser user = new TestUser(name, fullName);
        users.put(name, user);
        return user;
    }

    public synchronized void addGroup(String group, String... members) {
        groups.computeIfAbsent(group, g -> new LinkedHashSet<>()).addAll(Arrays.asList(members));
    }

    public synchronized void addAdmin(String name) {
        admins.add(name);
    }

    public synchronized List<TestUser> users() {
        return List.copyOf(users.values());
    }

    public synchronized TestUser user(String name) {
        return name == null ? null : users.get(name);
    }

    public synchronized TestUser user(UserKey key) {
        return key == null ? null : users.values().stream().filter(u -> u.getKey().equals(key)).findFirst().orElse(null);
    }

    public synchronized boolean groupExists(String group) {
        return groups.containsKey(group);
    }

    public synchronized boolean isMember(User user, String group) {
        return user != null && groups.getOrDefault(group, Set.of()).contains(user.getName());
    }

    public synchronized boolean isAdmin(User user) {
        return user != null && admins.contains(user.getName());
    }

    // Spaces

    public synchronized Space createSpace(String key, String name) {
        if (spaces.containsKey(key)) {
            throw new IllegalArgumentException("A space with key " + key + " exists");
        }
        Space space = new Space(key);
        space.setId(++lastId);
        space.setName(name);
        spaces.put(key, space);
        categories.put(key, new ArrayList<>());
        changed();
        return space;
    }

    public synchronized Space space(String key) {
        return key == null ? null : spaces.get(key);
    }

    public synchronized List<Space> spaces() {
        return List.copyOf(spaces.values());
    }

    /** The space's categories (team labels), e.g. the programme key of a mentoring space. */
    public synchronized List<String> categories(String spaceKey) {
        return List.copyOf(categories.getOrDefault(spaceKey, List.of()));
    }

    public synchronized Label addCategory(Space space, String label) {
        List<String> labels = categories.computeIfAbsent(space.getKey(), k -> new ArrayList<>());
        if (!labels.contains(label)) {
            labels.add(label);
            changed();
        }
        return new Label(label, Namespace.TEAM);
    }

    public synchronized void savePermission(SpacePermission permission) {
        Space space = spaces.get(permission.getSpace().getKey());
        if (!space.getPermissions().contains(permission)) {
            space.getPermissions().add(rebind(permission, space));
            changed();
        }
    }

    private static SpacePermission rebind(SpacePermission permission, Space space) {
        return permission.isUserPermission()
                ? SpacePermission.createUserSpacePermission(permission.getType(), space, permission.getUserSubject())
                : SpacePermission.createGroupSpacePermission(permission.getType(), space, permission.getGroup());
    }

    public synchronized void removePermission(SpacePermission permission) {
        Space space = spaces.get(permission.getSpace().getKey());
        if (space.getPermissions().remove(permission)) {
            changed();
        }
    }

    /** Confluence's rule for spaces and their pages: the permission granted to the user or one of their groups. */
    public synchronized boolean hasPermission(User user, Permission permission, Object target) {
        if (user == null) {
            return false;
        }
        String spaceKey = target instanceof Space space ? space.getKey()
                : target instanceof AbstractPage page ? page.getSpaceKey() : null;
        Space space = space(spaceKey);
        if (space == null) {
            return false;
        }
        String type = permission == Permission.VIEW ? SpacePermission.VIEWSPACE_PERMISSION
                : permission == Permission.EDIT ? SpacePermission.CREATEEDIT_PAGE_PERMISSION
                : permission == Permission.ADMINISTER ? SpacePermission.ADMINISTER_SPACE_PERMISSION : null;
        for (SpacePermission granted : space.getPermissions()) {
            if (!granted.getType().equals(type)) {
                continue;
            }
            if (granted.isUserPermission() && granted.getUserSubject().getName().equals(user.getName())) {
                return true;
            }
            if (granted.isGroupPermission() && isMember(user, granted.getGroup())) {
                return true;
            }
        }
        return false;
    }

    // Pages

    public synchronized Page createPage(Space space, Page parent, String title, String body, List<String> labels,
            TestUser creator, Instant at) {
        Page page = new Page();
        page.setId(++lastId);
        page.setSpace(space);
        page.setParentPage(parent);
        page.setTitle(title);
        page.setBodyAsString(body);
        for (String label : labels) {
            page.getLabels().add(new Label(label, Namespace.GLOBAL));
        }
        pages.put(page.getId(), page);
        infos.put(page.getId(), new PageInfo(creator.getName(), at, at, 1));
        if (space.getHomePage() == null) {
            space.setHomePage(page);
        }
        changed();
        return page;
    }

    public synchronized void updateBody(Page page, String body, Instant at) {
        page.setBodyAsString(body);
        PageInfo info = infos.get(page.getId());
        infos.put(page.getId(), new PageInfo(info.creator(), info.created(), at, info.version() + 1));
        changed();
    }

    public synchronized int addLabel(ContentEntityObject content, Label label) {
        if (content.getLabels().contains(label)) {
            return 0;
        }
        content.getLabels().add(label);
        changed();
        return 1;
    }

    public synchronized Page page(long id) {
        return pages.get(id);
    }

    public synchronized PageInfo info(long id) {
        return infos.get(id);
    }

    /** The current page of the space with that title, or null. */
    public synchronized Page page(String spaceKey, String title) {
        return pages.values().stream()
                .filter(p -> p.isCurrent() && Objects.equals(p.getSpaceKey(), spaceKey) && Objects.equals(p.getTitle(), title))
                .findFirst().orElse(null);
    }

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

    // Persistence

    /** Runs {@code work} writing the file once, at its end. */
    public void batch(Runnable work) {
        synchronized (this) {
            batchDepth++;
        }
        try {
            work.run();
        } finally {
            synchronized (this) {
                batchDepth--;
                changed();
            }
        }
    }

    private void changed() {
        if (batchDepth == 0) {
            save();
        }
    }

    /** True when the file was there and is loaded. */
    public synchronized boolean load() {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            StoreFile stored = JSON.readValue(file.toFile(), StoreFile.class);
            lastId = stored.lastId();
            for (SpaceRecord record : stored.spaces()) {
                Space space = new Space(record.key());
                space.setId(record.id());
                space.setName(record.name());
                for (PermissionRecord permission : record.permissions()) {
                    space.getPermissions().add(permission.group() != null
                            ? SpacePermission.createGroupSpacePermission(permission.type(), space, permission.group())
                            : SpacePermission.createUserSpacePermission(permission.type(), space, users.get(permission.user())));
                }
                spaces.put(space.getKey(), space);
                categories.put(space.getKey(), new ArrayList<>(record.categories()));
            }
            for (PageRecord record : stored.pages()) {
                Page page = new Page();
                page.setId(record.id());
                page.setSpace(spaces.get(record.spaceKey()));
                page.setTitle(record.title());
                page.setBodyAsString(record.body());
                page.setContentStatus(record.status());
                for (String label : record.labels()) {
                    page.getLabels().add(new Label(label, Namespace.GLOBAL));
                }
                pages.put(page.getId(), page);
                infos.put(page.getId(), new PageInfo(record.creator(), Instant.parse(record.created()),
                        Instant.parse(record.modified()), record.version()));
            }
            for (PageRecord record : stored.pages()) {
                pages.get(record.id()).setParentPage(record.parentId() == 0 ? null : pages.get(record.parentId()));
            }
            for (SpaceRecord record : stored.spaces()) {
                spaces.get(record.key()).setHomePage(pages.get(record.homePageId()));
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private synchronized void save() {
        List<SpaceRecord> spaceRecords = new ArrayList<>();
        for (Space space : spaces.values()) {
            List<PermissionRecord> permissions = space.getPermissions().stream()
                    .map(p -> new PermissionRecord(p.getType(), p.isUserPermission() ? p.getUserSubject().getName() : null,
                            p.getGroup()))
                    .toList();
            spaceRecords.add(new SpaceRecord(space.getKey(), space.getId(), space.getName(),
                    space.getHomePage() == null ? 0 : space.getHomePage().getId(), categories(space.getKey()), permissions));
        }
        List<PageRecord> pageRecords = new ArrayList<>();
        for (Page page : pages.values()) {
            PageInfo info = infos.get(page.getId());
            pageRecords.add(new PageRecord(page.getId(), page.getSpaceKey(), page.getParent() == null ? 0 : page.getParent().getId(),
                    page.getTitle(), page.getBodyAsString(), labels(page.getLabels()), page.getContentStatus(), info.creator(),
                    info.created().toString(), info.modified().toString(), info.version()));
        }
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(temporary.toFile(), new StoreFile(lastId, spaceRecords, pageRecords));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static List<String> labels(Collection<Label> labels) {
        return labels.stream().map(Label::getName).toList();
    }

    record StoreFile(long lastId, List<SpaceRecord> spaces, List<PageRecord> pages) {
    }

    record SpaceRecord(String key, long id, String name, long homePageId, List<String> categories,
            List<PermissionRecord> permissions) {
    }

    record PermissionRecord(String type, String user, String group) {
    }

    record PageRecord(long id, String spaceKey, long parentId, String title, String body, List<String> labels, String status,
            String creator, String created, String modified, int version) {
    }
}
