package io.mentoringspaces.model;

import java.time.LocalDate;

/** What the space wizard submits to create a growth plan. */
public record NewPlan(
        String spaceKey,
        String programmeKey,
        String menteeKey,
        String menteeName,
        String mentorKey,
        String mentorName,
        LocalDate startDate,
        Cadence cadence,
        MeetingArrangement arrangement) {

    /** A plan whose pair has agreed on no meeting time or place yet (meetings last an hour). */
    public NewPlan(String spaceKey, String programmeKey, String menteeKey, String menteeName, String mentorKey,
            String mentorName, LocalDate startDate, Cadence cadence) {
        this(spaceKey, programmeKey, menteeKey, menteeName, mentorKey, mentorName, startDate, cadence, MeetingArrangement.NONE);
    }
}
