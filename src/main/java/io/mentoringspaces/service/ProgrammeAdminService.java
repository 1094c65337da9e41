package io.mentoringspaces.service;

import com.atlassian.confluence.user.UserAccessor;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.CoordinatorAccess;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.model.ProgrammeInput;

/**
 * Programme administration as the administration page and REST offer it: every field is checked
 * before anything is written and every field's refusal is answered at once; the coordinator group
 * must name an existing Confluence group; a programme's coordinators may change only its description
 * and default cadence.
 */
public class ProgrammeAdminService {

    private final ProgrammeService programmes;
    private final UserAccessor users;

    public ProgrammeAdminService(ProgrammeService programmes, UserAccessor users) {
        this.programmes = programmes;
        this.users = users;
    }

    /**
     * Creates a programme; {@code checks} holds what reading the request refused already (an unknown
     * cadence, say), answered together with the refusals of the fields here.
     */
    public Programme create(ProgrammeInput input, FieldChecks checks) {
        checks.check(() -> newKey(input.key()));
        return programmes.create(checked(input, checks));
    }

    /** Changes everything but the key; {@code checks} as for {@link #create}. */
    public Programme update(String key, ProgrammeInput input, FieldChecks checks) {
        return programmes.update(key, checked(input, checks));
    }

    /** What a coordinator may change: the description and the default cadence; the rest stays. */
    public Programme updateDescriptionAndCadence(Programme current, String description, Cadence defaultCadence,
            FieldChecks checks) {
        checks.check(() -> Validate.optional("description", description, Limits.PROGRAMME_DESCRIPTION));
        if (!checks.refused("defaultCadence")) {
            checks.check(() -> Validate.present("defaultCadence", defaultCadence));
        }
        checks.throwIfAny();
        return programmes.update(current.key(), new ProgrammeInput(current.key(), current.name(), description,
                current.coordinatorGroup(), defaultCadence, current.coordinatorAccess()));
    }

    /** Archives (hidden from the space wizard, data kept) or restores a programme. */
    public Programme setArchived(String key, boolean archived) {
        return archived ? programmes.archive(key) : programmes.restore(key);
    }

    /** A well-formed key no programme has (archived ones included). */
    private String newKey(String key) {
        String checked = Validate.matching("key", key, Limits.PROGRAMME_KEY, "mentoring.error.programme.key");
        if (programmes.findByKey(checked).isPresent()) {
            throw new ConflictException("key", "mentoring.error.programme.exists", checked);
        }
        return checked;
    }

    /** Every field but the key checked, the refusals of all of them thrown together. */
    private ProgrammeInput checked(ProgrammeInput input, FieldChecks checks) {
        String name = checks.check(() -> Validate.required("name", input.name(), Limits.PROGRAMME_NAME));
        String description = checks.check(() -> Validate.optional("description", input.description(),
                Limits.PROGRAMME_DESCRIPTION));
        String group = checks.check(() -> existingGroup(input.coordinatorGroup()));
        Cadence cadence = checks.refused("defaultCadence") ? null
                : checks.check(() -> Validate.present("defaultCadence", input.defaultCadence()));
        checks.throwIfAny();
        CoordinatorAccess access = input.coordinatorAccess();
        return new ProgrammeInput(input.key(), name, description, group, cadence, access);
    }

    private String existingGroup(String name) {
        String group = Validate.required("coordinatorGroup", name, Limits.GROUP_NAME);
        if (users.getGroup(group) == null) {
            throw new InvalidInputException("coordinatorGroup", "mentoring.error.group.unknown", group);
        }
        return group;
    }
}
