package io.mentoringspaces.service;

import com.atlassian.confluence.user.UserAccessor;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.model.ProgrammeInput;

/**
 * Programme administration as the administration page and REST offer it: the coordinator group
 * must name an existing Confluence group; a programme's coordinators may change only its
 * description and default cadence.
 */
public class ProgrammeAdminService {

    private final ProgrammeService programmes;
    private final UserAccessor users;

    public ProgrammeAdminService(ProgrammeService programmes, UserAccessor users) {
        this.programmes = programmes;
        this.users = users;
    }

    public Programme create(ProgrammeInput input) {
        return programmes.create(withExistingGroup(input));
    }

    /** Changes everything but the key. */
    public Programme update(String key, ProgrammeInput input) {
        return programmes.update(key, withExistingGroup(input));
    }

    /** What a coordinator may change: the description and the default cadence; the rest stays. */
    public Programme updateDescriptionAndCadence(Programme current, String description, Cadence defaultCadence) {
        return programmes.update(current.key(), new ProgrammeInput(current.key(), current.name(), description,
                current.coordinatorGroup(), defaultCadence, current.coordinatorAccess()));
    }

    /** Archives (hidden from the space wizard, data kept) or restores a programme. */
    public Programme setArchived(String key, boolean archived) {
        return archived ? programmes.archive(key) : programmes.restore(key);
    }

    private ProgrammeInput withExistingGroup(ProgrammeInput input) {
        String group = Validate.required("coordinatorGroup", input.coordinatorGroup(), Limits.GROUP_NAME);
        if (users.getGroup(group) == null) {
            throw new InvalidInputException("coordinatorGroup", "mentoring.error.group.unknown", group);
        }
        return new ProgrammeInput(input.key(), input.name(), input.description(), group, input.defaultCadence(),
                input.coordinatorAccess());
    }
}
