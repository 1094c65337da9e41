package io.mentoringspaces.service;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.mentoringspaces.ao.ProgrammeEntity;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.CoordinatorAccess;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.model.ProgrammeInput;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Creates, changes, archives and finds mentoring programmes. */
public class ProgrammeService {

    /** Key of the programme created on first use when no programme is available to new spaces. */
    public static final String DEFAULT_KEY = "default";

    /** More programmes than any organisation runs; listing stops there. */
    static final int MAX_PROGRAMMES = 1000;

    private final ActiveObjects ao;
    private final Changes changes;
    private final Clock clock;

    public ProgrammeService(ActiveObjects ao, Changes changes, Clock clock) {
        this.ao = ao;
        this.changes = changes;
        this.clock = clock;
    }

    /** Creates a programme; refuses a key in use (archived programmes included). */
    public Programme create(ProgrammeInput input) {
        String key = Validate.matching("key", input.key(), Limits.PROGRAMME_KEY, "mentoring.error.programme.key");
        Fields fields = fields(input);
        return changes.run(() -> {
            if (findEntity(key) != null) {
                throw new ConflictException("key", "mentoring.error.programme.exists", key);
            }
            ProgrammeEntity e = ao.create(ProgrammeEntity.class,
                    new DBParam("PROGRAMME_KEY", key),
                    new DBParam("NAME", fields.name()),
                    new DBParam("DEFAULT_CADENCE", fields.cadence().name()),
                    new DBParam("COORDINATOR_ACCESS", fields.access().name()),
                    new DBParam("ARCHIVED", false),
                    new DBParam("CREATED_AT", Date.from(clock.instant())));
            e.setDescription(fields.description());
            e.setCoordinatorGroup(fields.group());
            e.save();
            return Mapping.programme(e);
        });
    }

    /** Changes everything but the key. */
    public Programme update(String key, ProgrammeInput input) {
        Fields fields = fields(input);
        return changes.run(() -> {
            ProgrammeEntity e = requireEntity(key);
            e.setName(fields.name());
            e.setDescription(fields.description());
            e.setCoordinatorGroup(fields.group());
            e.setDefaultCadence(fields.cadence().name());
            e.setCoordinatorAccess(fields.access().name());
            e.save();
            return Mapping.programme(e);
        });
    }

    /** Hides the programme from the space wizard; its plans and figures stay. Archiving twice is harmless. */
    public Programme archive(String key) {
        return setArchived(key, true);
    }

    /** Makes an archived programme available to new spaces again. */
    public Programme restore(String key) {
        return setArchived(key, false);
    }

    /**
     * The default programme (weekly, coordinators see figures only), created the first time a space
     * is set up while no programme is available, and made available again if it was archived.
     */
    public Programme ensureDefault(String name) {
        Optional<Programme> existing = findByKey(DEFAULT_KEY);
        if (existing.isPresent()) {
            return existing.get().archived() ? restore(DEFAULT_KEY) : existing.get();
        }
        try {
            return create(new ProgrammeInput(DEFAULT_KEY, name, null, null, Cadence.WEEKLY, CoordinatorAccess.METRICS_ONLY));
        } catch (ConflictException createdMeanwhile) {
            return getByKey(DEFAULT_KEY);
        }
    }

    public Optional<Programme> findByKey(String key) {
        if (key == null || !Limits.PROGRAMME_KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(findEntity(key)).map(Mapping::programme);
    }

    public Programme getByKey(String key) {
        return findByKey(key).orElseThrow(() -> new NotFoundException("key", "mentoring.error.programme.unknown"));
    }

    public Optional<Programme> findById(int id) {
        return Optional.ofNullable(ao.get(ProgrammeEntity.class, id)).map(Mapping::programme);
    }

    /** Programmes sorted by name; archived ones only when asked for. */
    public List<Programme> list(boolean includeArchived) {
        Query query = Query.select().limit(MAX_PROGRAMMES);
        if (!includeArchived) {
            query = query.where("ARCHIVED = ?", false);
        }
        return Arrays.stream(ao.find(ProgrammeEntity.class, query))
                .map(Mapping::programme)
                .sorted(Comparator.comparing(Programme::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Programme::key))
                .toList();
    }

    private Programme setArchived(String key, boolean archived) {
        return changes.run(() -> {
            ProgrammeEntity e = requireEntity(key);
            if (e.isArchived() != archived) {
                e.setArchived(archived);
                e.save();
            }
            return Mapping.programme(e);
        });
    }

    ProgrammeEntity requireEntity(String key) {
        ProgrammeEntity e = key == null ? null : findEntity(key.strip());
        if (e == null) {
            throw new NotFoundException("key", "mentoring.error.programme.unknown");
        }
        return e;
    }

    private ProgrammeEntity findEntity(String key) {
        ProgrammeEntity[] found = ao.find(ProgrammeEntity.class, Query.select().where("PROGRAMME_KEY = ?", key));
        return found.length == 0 ? null : found[0];
    }

    private static Fields fields(ProgrammeInput input) {
        return new Fields(
                Validate.required("name", input.name(), Limits.PROGRAMME_NAME),
                Validate.optional("description", input.description(), Limits.PROGRAMME_DESCRIPTION),
                Validate.optional("coordinatorGroup", input.coordinatorGroup(), Limits.GROUP_NAME),
                Validate.present("defaultCadence", input.defaultCadence()),
                input.coordinatorAccess() == null ? CoordinatorAccess.METRICS_ONLY : input.coordinatorAccess());
    }

    /** Validated input. */
    private record Fields(String name, String description, String group, Cadence cadence, CoordinatorAccess access) {
    }
}
