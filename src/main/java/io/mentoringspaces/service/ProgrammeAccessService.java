package io.mentoringspaces.service;

import com.atlassian.confluence.user.ConfluenceUser;
import io.mentoringspaces.model.Programme;
import java.util.List;
import java.util.Optional;

/**
 * Which programmes a user may see the figures of: Confluence administrators see every programme;
 * anybody else the programmes (archived ones included) whose coordinator group they belong to.
 * Nobody sees any without Confluence's "can use" permission: a member of a coordinator group who may
 * not use Confluence (no licence, no application access) coordinates nothing.
 */
public class ProgrammeAccessService {

    private final ProgrammeService programmes;
    private final AccessService access;

    public ProgrammeAccessService(ProgrammeService programmes, AccessService access) {
        this.programmes = programmes;
        this.access = access;
    }

    /**
     * The programmes the user coordinates, or all of them for an administrator; none for anonymous
     * users and users who may not use Confluence (one statement).
     */
    public List<Programme> visibleProgrammes(ConfluenceUser user) {
        if (!access.mayUseConfluence(user)) {
            return List.of();
        }
        List<Programme> all = programmes.list(true);
        if (access.isConfluenceAdmin(user)) {
            return all;
        }
        return all.stream().filter(p -> access.isCoordinator(user, p)).toList();
    }

    /** The programme with this key among {@code visible}; empty when unknown or not the user's. */
    public static Optional<Programme> find(List<Programme> visible, String key) {
        return visible.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** Whether the user may see the coordinator view at all: an administrator or a coordinator of some programme. */
    public boolean mayUseCoordinatorView(ConfluenceUser user) {
        return access.mayUseConfluence(user) && (access.isConfluenceAdmin(user) || !visibleProgrammes(user).isEmpty());
    }

    public boolean maySee(ConfluenceUser user, Programme programme) {
        return access.mayUseConfluence(user) && (access.isConfluenceAdmin(user) || access.isCoordinator(user, programme));
    }
}
