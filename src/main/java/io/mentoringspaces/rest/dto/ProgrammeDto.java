package io.mentoringspaces.rest.dto;

import io.mentoringspaces.model.Programme;
import java.util.Locale;

/** A programme as REST shows it to administrators and its coordinators. */
public class ProgrammeDto {

    private final Programme programme;

    public ProgrammeDto(Programme programme) {
        this.programme = programme;
    }

    public String getKey() {
        return programme.key();
    }

    public String getName() {
        return programme.name();
    }

    public String getDescription() {
        return programme.description();
    }

    public String getCoordinatorGroup() {
        return programme.coordinatorGroup();
    }

    /** {@code weekly}, {@code fortnightly} or {@code monthly}. */
    public String getDefaultCadence() {
        return programme.defaultCadence().name().toLowerCase(Locale.ROOT);
    }

    /** {@code metrics-only} or {@code view}. */
    public String getCoordinatorAccess() {
        return ProgrammeInputDto.accessParameter(programme.coordinatorAccess());
    }

    public boolean isArchived() {
        return programme.archived();
    }
}
