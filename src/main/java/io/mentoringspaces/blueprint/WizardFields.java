package io.mentoringspaces.blueprint;

import io.mentoringspaces.service.PlanService;

/**
 * Names of the wizards' form fields: the Soy templates name their inputs so, and the blueprint
 * context (and the events' context) holds the submitted values under these names.
 */
public final class WizardFields {

    /** Mentoring space wizard: programme key. */
    public static final String PROGRAMME = "programme";
    /** Mentoring space wizard: user name of the mentor. */
    public static final String MENTOR = "mentor";
    /** Mentoring space wizard: user name of the mentee (blank: the creator). */
    public static final String MENTEE = "mentee";
    /** Mentoring space wizard: first day, yyyy-MM-dd (blank: today). */
    public static final String START_DATE = "startDate";
    /** Mentoring space wizard: weekly, fortnightly or monthly (blank: the programme's default). */
    public static final String CADENCE = "cadence";
    /** Mentoring space wizard: first objectives, one per line; each becomes a goal. */
    public static final String OBJECTIVES = "objectives";
    /** Mentoring space wizard: the agreed time of day of the meetings, HH:mm (blank: none). */
    public static final String MEETING_TIME = PlanService.MEETING_TIME_FIELD;
    /** Mentoring space wizard: the agreed length of a meeting in minutes, 15–480 (blank: 60). */
    public static final String MEETING_DURATION = PlanService.MEETING_DURATION_FIELD;
    /** Mentoring space wizard: where the pair meets, a place or an http(s) link (blank: none). */
    public static final String MEETING_PLACE = PlanService.MEETING_PLACE_FIELD;
    /**
     * Mentoring space wizard, set by its script: the space blueprint's complete key. The space events
     * carry the wizard's fields as their context, so the listener recognises the blueprint by it.
     */
    public static final String SPACE_BLUEPRINT = "mentoringSpaceBlueprint";
    /** Mentoring meeting wizard: date of the meeting, yyyy-MM-dd (blank: next due). */
    public static final String MEETING_DATE = "meetingDate";
    /** Mentoring meeting wizard: aims of the session. */
    public static final String AIMS = "aims";

    private WizardFields() {
    }
}
