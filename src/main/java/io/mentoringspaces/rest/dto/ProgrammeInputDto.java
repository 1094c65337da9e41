package io.mentoringspaces.rest.dto;

import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.CoordinatorAccess;
import io.mentoringspaces.model.ProgrammeInput;
import io.mentoringspaces.service.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The JSON body that creates or changes a programme. {@code key} is read on creation only;
 * {@code defaultCadence} is weekly, fortnightly or monthly; {@code coordinatorAccess} is
 * metrics-only (the default) or view.
 */
public class ProgrammeInputDto {

    private String key;
    private String name;
    private String description;
    private String coordinatorGroup;
    private String defaultCadence;
    private String coordinatorAccess;

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getCoordinatorGroup() {
        return coordinatorGroup;
    }

    public void setCoordinatorGroup(String coordinatorGroup) {
        this.coordinatorGroup = coordinatorGroup;
    }

    public String getDefaultCadence() {
        return defaultCadence;
    }

    public void setDefaultCadence(String defaultCadence) {
        this.defaultCadence = defaultCadence;
    }

    public String getCoordinatorAccess() {
        return coordinatorAccess;
    }

    public void setCoordinatorAccess(String coordinatorAccess) {
        this.coordinatorAccess = coordinatorAccess;
    }

    /** The input for the services; refuses a cadence or access it does not know, naming the allowed values. */
    public ProgrammeInput toInput() {
        return new ProgrammeInput(key, name, description, coordinatorGroup, cadence(), access());
    }

    /** The default cadence, or null when absent. */
    public Cadence cadence() {
        if (defaultCadence == null || defaultCadence.isBlank()) {
            return null;
        }
        Cadence cadence = Cadence.parse(defaultCadence);
        if (cadence == null) {
            throw new InvalidInputException("defaultCadence", "mentoring.error.value.allowed",
                    Arrays.stream(Cadence.values()).map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
        return cadence;
    }

    /** The coordinator access, or null when absent. */
    public CoordinatorAccess access() {
        if (coordinatorAccess == null || coordinatorAccess.isBlank()) {
            return null;
        }
        for (CoordinatorAccess access : CoordinatorAccess.values()) {
            if (accessParameter(access).equals(coordinatorAccess.strip())) {
                return access;
            }
        }
        throw new InvalidInputException("coordinatorAccess", "mentoring.error.value.allowed",
                Arrays.stream(CoordinatorAccess.values()).map(ProgrammeInputDto::accessParameter).collect(Collectors.joining(", ")));
    }

    /** {@code metrics-only} or {@code view}. */
    public static String accessParameter(CoordinatorAccess access) {
        return access.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
