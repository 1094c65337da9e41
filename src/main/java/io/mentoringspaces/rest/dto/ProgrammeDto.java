package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mentoringspaces.model.Programme;
import java.util.Locale;

/** A programme as REST shows it to administrators and its coordinators. */
public class ProgrammeDto {

    private final Programme programme;

    public ProgrammeDto(Programme programme) {
        this.programme = programme;
    }

    @JsonProperty
    public String getKey() {
        return programme.key();
    }

    @JsonProperty
    public String getName() {
        return programme.name();
    }

    @JsonProperty
    public String getDescription() {
        return programme.description();
    }

    @JsonProperty
    public String getCoordinatorGroup() {
        return programme.coordinatorGroup();
    }

    /** {@code weekly}, {@code fortnightly} or {@code monthly}. */
    @JsonProperty
    public String getDefaultCadence() {
        return programme.defaultCadence().name().toLowerCase(Locale.ROOT);
    }

    /** {@code metrics-only} or {@code view}. */
    @JsonProperty
    public String getCoordinatorAccess() {
        return ProgrammeInputDto.accessParameter(programme.coordinatorAccess());
    }

    @JsonProperty
    public boolean isArchived() {
        return programme.archived();
    }
}
