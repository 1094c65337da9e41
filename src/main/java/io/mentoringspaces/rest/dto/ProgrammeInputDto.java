package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.CoordinatorAccess;
import io.mentoringspaces.model.ProgrammeInput;
import io.mentoringspaces.service.FieldChecks;
import io.mentoringspaces.service.InvalidInputException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The JSON body that creates or changes a programme. {@code key} is read on creation only;
 * {@code defaultCadence} is weekly, fortnightly or monthly; {@code coordinatorAccess} is
 * metrics-only (the default) or view.
 */
public class ProgrammeInputDto implements TextFields {

    @JsonProperty
    private String key;
    @JsonProperty
    private String name;
    @JsonProperty
    private String description;
    @JsonProperty
    private String coordinatorGroup;
    @JsonProperty
    private String defaultCadence;
    @JsonProperty
    private String coordinatorAccess;

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getCoordinatorGroup() {
        return coordinatorGroup;
    }

    @Override
    public Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("key", key);
        texts.put("name", name);
        texts.put("description", description);
        texts.put("coordinatorGroup", coordinatorGroup);
        texts.put("defaultCadence", defaultCadence);
        texts.put("coordinatorAccess", coordinatorAccess);
        return texts;
    }

    /**
     * The input for the services; a cadence or access it does not know is left out and its refusal,
     * naming the allowed values, kept in {@code checks}.
     */
    public ProgrammeInput toInput(FieldChecks checks) {
        return new ProgrammeInput(key, name, description, coordinatorGroup, checks.check(this::cadence), checks.check(this::access));
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
