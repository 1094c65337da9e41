package io.mentoringspaces.blueprint;

import com.atlassian.confluence.user.ConfluenceUser;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.MeetingArrangement;
import java.time.LocalDate;
import java.util.List;

/**
 * The Mentoring space wizard's fields, checked: who, in which programme, from when, how often, when
 * and where, aiming at what.
 */
public record SpaceWizardInput(String programmeKey, ConfluenceUser mentee, ConfluenceUser mentor, LocalDate startDate,
        Cadence cadence, MeetingArrangement arrangement, List<String> objectives) {

    public SpaceWizardInput {
        objectives = List.copyOf(objectives);
    }
}
