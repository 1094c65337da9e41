package io.mentoringspaces.confluence;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.Namespace;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Confluence's database for the double's content: the content store written to a JSON file and read
 * back, so that a Confluence started again on the same file has the same spaces (permissions,
 * categories, home pages), pages (every version, labels, parents, trash), page restrictions and ids.
 * Users are not in the file: they are the directory's, found by name when the file is read.
 */
final class ContentFile {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    record Stored(long lastId, List<String> knownLabels, List<StoredSpace> spaces, List<StoredPage> pages,
            List<StoredPage> history, Map<Long, ContentStore.Restriction> viewRestrictions,
            Map<Long, ContentStore.Restriction> editRestrictions) {
    }

    record StoredSpace(String key, long id, String name, long homePageId, Date created, Date modified, List<String> categories,
            List<StoredPermission> permissions) {
    }

    /** A space permission: to a user (by name), a group, or anonymous users (neither). */
    record StoredPermission(String type, String user, String group) {
    }

    /** A page, or a historical version of page {@code versionOf} (0 for the latest version). */
    record StoredPage(long id, long versionOf, String spaceKey, long parentId, String title, String body, int version,
            String status, String creator, String lastModifier, Date created, Date modified, List<String> labels) {
    }

    private final Path file;
    private final ContentStore content;
    private final Directory directory;
    private String written;

    ContentFile(Path file, ContentStore content, Directory directory) {
        this.file = file;
        this.content = content;
        this.directory = directory;
    }

    /** Reads the file into the (empty) content store; false when there is no file yet. */
    boolean read() {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            content.restore(JSON.readValue(text, Stored.class), this::user);
            written = text;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Writes the content store when it changed since the file was last read or written. */
    synchronized void write() {
        String text;
        try {
            text = JSON.writeValueAsString(content.stored());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the content of Confluence", e);
        }
        if (text.equals(written)) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written = text;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private ConfluenceUser user(String name) {
        if (name == null) {
            return null;
        }
        TestUser user = directory.user(name);
        if (user == null) {
            throw new IllegalStateException("The content names a user the directory does not know: " + name);
        }
        return user;
    }

    // What the content store writes and reads

    static StoredSpace stored(Space space, List<String> categories) {
        List<StoredPermission> permissions = new ArrayList<>();
        for (SpacePermission permission : space.getPermissions()) {
            permissions.add(new StoredPermission(permission.getType(),
                    permission.isUserPermission() ? permission.getUserSubject().getName() : null, permission.getGroup()));
        }
        return new StoredSpace(space.getKey(), space.getId(), space.getName(),
                space.getHomePage() == null ? 0 : space.getHomePage().getId(), space.getCreationDate(),
                space.getLastModificationDate(), List.copyOf(categories), permissions);
    }

    static StoredPage stored(Page page, long versionOf) {
        return new StoredPage(page.getId(), versionOf, page.getSpaceKey(), page.getParent() == null ? 0 : page.getParent().getId(),
                page.getTitle(), page.getBodyAsString(), page.getVersion(), page.getContentStatus(), name(page.getCreator()),
                name(page.getLastModifier()), page.getCreationDate(), page.getLastModificationDate(),
                page.getLabels().stream().map(Label::toString).toList());
    }

    private static String name(ConfluenceUser user) {
        return user == null ? null : user.getName();
    }

    static Space space(StoredSpace stored, Function<String, ConfluenceUser> users) {
        Space space = new Space(stored.key());
        space.setId(stored.id());
        space.setName(stored.name());
        space.setCreationDate(stored.created());
        space.setLastModificationDate(stored.modified());
        for (StoredPermission permission : stored.permissions()) {
            space.getPermissions().add(permission.user() != null
                    ? SpacePermission.createUserSpacePermission(permission.type(), space, users.apply(permission.user()))
                    : permission.group() != null
                            ? SpacePermission.createGroupSpacePermission(permission.type(), space, permission.group())
                            : InMemorySpacePermissionManager.anonymous(permission.type(), space));
        }
        return space;
    }

    /** A page without its parent (pages are read before their parents are known). */
    static Page page(StoredPage stored, Map<String, Space> spaces, Function<String, ConfluenceUser> users) {
        Page page = new Page();
        page.setId(stored.id());
        page.setSpace(spaces.get(stored.spaceKey()));
        page.setTitle(stored.title());
        page.setBodyAsString(stored.body());
        page.setVersion(stored.version());
        page.setContentStatus(stored.status());
        page.setCreator(users.apply(stored.creator()));
        page.setLastModifier(users.apply(stored.lastModifier()));
        page.setCreationDate(stored.created());
        page.setLastModificationDate(stored.modified());
        for (String label : stored.labels()) {
            page.getLabels().add(label(label));
        }
        return page;
    }

    /** A label from its {@code prefix:name} form. */
    private static Label label(String text) {
        int colon = text.indexOf(':');
        String prefix = text.substring(0, colon);
        Namespace namespace = Set.of(Namespace.GLOBAL, Namespace.TEAM).stream().filter(n -> n.getPrefix().equals(prefix))
                .findFirst().orElseThrow(() -> new IllegalStateException("No label namespace " + prefix));
        return new Label(text.substring(colon + 1), namespace);
    }

    /** The pages by id, for finding parents. */
    static Map<Long, Page> byId(List<Page> pages) {
        Map<Long, Page> byId = new LinkedHashMap<>();
        pages.forEach(page -> byId.put(page.getId(), page));
        return byId;
    }
}
