package io.mentoringspaces.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The growth plan of one mentoring space: who mentors whom, in which programme, since when and how
 * often. It also carries the plan's figures, recomputed in the transaction of every change to the
 * rows they summarise, so that programme reports read one row per pair. Table
 * {@code AO_2229CD_GROWTH_PLAN}.
 */
@Table("GrowthPlan")
public interface GrowthPlanEntity extends Entity {

    /** Key of the mentoring space; one plan per space. */
    @NotNull
    @Unique
    @Indexed
    @StringLength(255)
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    /** Id of the {@link ProgrammeEntity programme} the pair belongs to. */
    @NotNull
    @Indexed
    int getProgrammeId();

    void setProgrammeId(int programmeId);

    /** Confluence user key of the mentee. */
    @NotNull
    @Indexed
    @StringLength(255)
    String getMenteeKey();

    void setMenteeKey(String menteeKey);

    /** The mentee's display name when the plan was last written, for coordinators' search and sort. */
    @StringLength(255)
    String getMenteeName();

    void setMenteeName(String menteeName);

    /** Confluence user key of the mentor. */
    @NotNull
    @Indexed
    @StringLength(255)
    String getMentorKey();

    void setMentorKey(String mentorKey);

    /** The mentor's display name when the plan was last written. */
    @StringLength(255)
    String getMentorName();

    void setMentorName(String mentorName);

    /** First day of the relationship, ISO-8601 ({@code yyyy-MM-dd}). */
    @NotNull
    @StringLength(10)
    String getStartDate();

    void setStartDate(String startDate);

    /** Name of a {@code Cadence}: how often the pair agreed to meet. */
    @NotNull
    @StringLength(16)
    String getCadence();

    void setCadence(String cadence);

    /** Name of a {@code PlanStatus}. */
    @NotNull
    @Indexed
    @StringLength(16)
    String getStatus();

    void setStatus(String status);

    /** When the plan was created. */
    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    /**
     * Id of the space's Meetings page, the parent of new meeting pages, recorded when the space blueprint
     * created it; 0 when unknown (spaces created before it was recorded).
     */
    @NotNull
    @Default("0")
    long getMeetingsPageId();

    void setMeetingsPageId(long meetingsPageId);

    /**
     * Incremented by every change to the plan or the rows it summarises. The change's first
     * statement is this row's update, so concurrent changes to one plan take turns and each
     * recomputes the figures from what the previous one committed.
     */
    @NotNull
    @Default("0")
    int getRevision();

    void setRevision(int revision);

    /** Figure: goals in the index that are neither archived nor dropped. */
    @NotNull
    @Default("0")
    int getGoalsTotal();

    void setGoalsTotal(int goalsTotal);

    /** Figure: of those, the goals whose status is achieved. */
    @NotNull
    @Default("0")
    int getGoalsAchieved();

    void setGoalsAchieved(int goalsAchieved);

    /** Figure: sum of the current progress of those goals, an achieved goal counting 100. */
    @NotNull
    @Default("0")
    int getProgressSum();

    void setProgressSum(int progressSum);

    /** Figure: checklist items currently on the space's checklists. */
    @NotNull
    @Default("0")
    int getChecklistItems();

    void setChecklistItems(int checklistItems);

    /** Figure: of those, the items ticked. */
    @NotNull
    @Default("0")
    int getChecklistDone();

    void setChecklistDone(int checklistDone);

    /**
     * Figure: effective dates of the linked meetings that are not trashed, whatever their state,
     * ascending, comma-separated (what the next meeting is proposed after).
     */
    @StringLength(StringLength.UNLIMITED)
    String getMeetingDates();

    void setMeetingDates(String meetingDates);

    /**
     * Figure: the days the goals counted in {@link #getGoalsAchieved()} were achieved (each goal's
     * {@code ACHIEVED_ON}), ascending, comma-separated.
     */
    @StringLength(StringLength.UNLIMITED)
    String getGoalAchievedDates();

    void setGoalAchievedDates(String goalAchievedDates);

    /** The agreed time of day of the meetings, {@code HH:mm}; null when none was agreed. */
    @StringLength(5)
    String getMeetingTime();

    void setMeetingTime(String meetingTime);

    /** The agreed length of a meeting in minutes, 15–480. */
    @NotNull
    @Default("60")
    int getMeetingMinutes();

    void setMeetingMinutes(int meetingMinutes);

    /** Where the pair meets: a place or an http(s) link, up to 255 characters; null when none was agreed. */
    @StringLength(255)
    String getMeetingPlace();

    void setMeetingPlace(String meetingPlace);

    /** Figure: effective dates of the held meetings that are not trashed, ascending, comma-separated. */
    @StringLength(StringLength.UNLIMITED)
    String getHeldDates();

    void setHeldDates(String heldDates);

    /** Figure: held meetings whose page had its aims saved at least 24 hours before the meeting began. */
    @NotNull
    @Default("0")
    int getHeldPrepared();

    void setHeldPrepared(int heldPrepared);

    /** Figure: cancelled meetings. */
    @NotNull
    @Default("0")
    int getCancelled();

    void setCancelled(int cancelled);

    /** Figure: of those, the meetings cancelled less than 24 hours before they began. */
    @NotNull
    @Default("0")
    int getCancelledLate();

    void setCancelledLate(int cancelledLate);

    /** Figure: action items (Confluence tasks) on the plan's meeting pages. */
    @NotNull
    @Default("0")
    int getItemsTotal();

    void setItemsTotal(int itemsTotal);

    /** Figure: of those, the items completed. */
    @NotNull
    @Default("0")
    int getItemsDone();

    void setItemsDone(int itemsDone);

    /** Figure: of those, the items completed on or before their due date, or without one. */
    @NotNull
    @Default("0")
    int getItemsOnTime();

    void setItemsOnTime(int itemsOnTime);

    /** Figure: held meetings with feedback (text or pulse) from the mentee. */
    @NotNull
    @Default("0")
    int getFeedbackMentee();

    void setFeedbackMentee(int feedbackMentee);

    /** Figure: held meetings with feedback (text or pulse) from the mentor. */
    @NotNull
    @Default("0")
    int getFeedbackMentor();

    void setFeedbackMentor(int feedbackMentor);

    /** Figure: sum of the mentee's pulses of held meetings. */
    @NotNull
    @Default("0")
    int getPulseMenteeSum();

    void setPulseMenteeSum(int pulseMenteeSum);

    /** Figure: number of the mentee's pulses of held meetings. */
    @NotNull
    @Default("0")
    int getPulseMenteeCount();

    void setPulseMenteeCount(int pulseMenteeCount);

    /** Figure: sum of the mentor's pulses of held meetings. */
    @NotNull
    @Default("0")
    int getPulseMentorSum();

    void setPulseMentorSum(int pulseMentorSum);

    /** Figure: number of the mentor's pulses of held meetings. */
    @NotNull
    @Default("0")
    int getPulseMentorCount();

    void setPulseMentorCount(int pulseMentorCount);

    /** Figure: the mentor's suggestions on the plan's meeting pages. */
    @NotNull
    @Default("0")
    int getSuggestions();

    void setSuggestions(int suggestions);

    /** Figure: of those, the suggestions the mentee marked applied. */
    @NotNull
    @Default("0")
    int getSuggestionsApplied();

    void setSuggestionsApplied(int suggestionsApplied);

    /** Figure: development activities on the growth-plan page. */
    @NotNull
    @Default("0")
    int getActivities();

    void setActivities(int activities);

    /** Figure: of those, the activities done. */
    @NotNull
    @Default("0")
    int getActivitiesDone();

    void setActivitiesDone(int activitiesDone);

    /**
     * Figure: of the goals counted in {@link #getGoalsTotal()}, those whose target the mentor has not
     * agreed to as it now reads (never agreed, or agreed to an earlier wording): what waits for the
     * mentor on the "My mentoring" page.
     */
    @NotNull
    @Default("0")
    int getGoalsUnagreed();

    void setGoalsUnagreed(int goalsUnagreed);

    /** When the current mentor was named (the space was created, or the mentee named another mentor); null before version 5. */
    Date getInvitedAt();

    void setInvitedAt(Date invitedAt);

    /**
     * The day the mentor accepted the invitation, ISO-8601 ({@code yyyy-MM-dd}): the plan's cadence counts
     * from that day when it is after the start date. Null while invited, and for the plans that existed
     * before invitations (version 5), whose cadence counts from their start date.
     */
    @StringLength(10)
    String getAcceptedOn();

    void setAcceptedOn(String acceptedOn);

    /** When the current mentor declined the invitation; null unless declined. */
    Date getDeclinedAt();

    void setDeclinedAt(Date declinedAt);

    /** The reason the mentor gave when declining, shown to the mentee only; null when none was given. */
    @StringLength(450)
    String getDeclineReason();

    void setDeclineReason(String declineReason);

    /**
     * The day the pair closed the mentorship, ISO-8601 ({@code yyyy-MM-dd}): the plan's figures are those
     * of that day until it is reopened. Null unless closed (version 8).
     */
    @StringLength(10)
    String getClosedOn();

    void setClosedOn(String closedOn);

    /** The user key of the mentee or mentor who closed the mentorship; null unless closed. */
    @StringLength(255)
    String getClosedBy();

    void setClosedBy(String closedBy);

    /** The closing review page the mentorship was closed from; 0 unless closed. */
    @NotNull
    @Default("0")
    long getClosingPageId();

    void setClosingPageId(long closingPageId);

    /**
     * Figure: what a programme report needs of the row in one text ({@code ReportFigures}): the twenty-one
     * counts above (goals total, goals achieved, progress sum, checklist items, checklist done, held
     * prepared, cancelled, cancelled late, items total, items done, items on time, feedback mentee,
     * feedback mentor, the mentee's and the mentor's pulse sums and counts, suggestions, suggestions
     * applied, activities and activities done), the held days and the days goals were achieved. The
     * reports read every plan of a programme, and Active Objects reads each column of each row through
     * its type lookups (about 1.2 ms a column at 10,000 plans on PostgreSQL): one short column in place of
     * twenty-three halves a report's read. Written with the columns it repeats, in the same save (version 9).
     */
    @StringLength(StringLength.UNLIMITED)
    String getReportFigures();

    void setReportFigures(String reportFigures);

    /**
     * How many times the meeting series changed (accepted, new cadence or arrangement, closed, reopened):
     * the series' {@code SEQUENCE} in the calendar file, so that a calendar importing it again takes the
     * change.
     */
    @NotNull
    @Default("0")
    int getSeriesSequence();

    void setSeriesSequence(int seriesSequence);
}
