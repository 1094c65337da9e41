package io.mentoringspaces.blueprint;

import java.time.LocalDate;
import java.util.Map;

/** The Mentoring meeting wizard's fields, checked: the meeting's date and the aims of the session (null: none). */
public record MeetingWizardInput(LocalDate meetingDate, String aims) {

    /**
     * Checks the submitted fields, for the wizard (through REST, before the page is created) and for
     * the page's context provider; a blank date is {@code nextDue}. Refusals name the field.
     */
    public static MeetingWizardInput read(Map<String, ?> fields, LocalDate nextDue) {
        return new MeetingWizardInput(SpaceWizardValidator.date(fields, WizardFields.MEETING_DATE, nextDue),
                SpaceWizardValidator.text(fields, WizardFields.AIMS));
    }
}
