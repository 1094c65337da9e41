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

    /** Figure: dates of the linked meetings that are not trashed, ascending, comma-separated. */
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
}
