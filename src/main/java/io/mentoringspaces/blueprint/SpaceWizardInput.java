package io.mentoringspaces.blueprint;

import com.atlassian.confluence.user.ConfluenceUser;
import io.mentoringspaces.model.Cadence;
import java.time.LocalDate;
import java.util.List;

/** The Mentoring space wizard's fields, checked: who, in which programme, from when, how often, aiming at what. */
public record SpaceWizardInput(String programmeKey, ConfluenceUser mentee, ConfluenceUser mentor, LocalDate startDate,
        Cadence cadence, List<String> objectives) {

    public SpaceWizardInput {
        objectives = List.copyOf(objectives);
    }
}
