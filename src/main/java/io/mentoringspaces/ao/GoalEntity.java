package io.mentoringspaces.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One goal found in the growth-plan page (the index of its goal macros), with its current progress.
 * The goal's words stay in the page; this row lets the app count and link. Table
 * {@code AO_2229CD_GOAL}.
 */
@Table("Goal")
public interface GoalEntity extends Entity {

    /** The plan whose growth-plan page holds the goal. */
    @NotNull
    @Indexed
    int getPlanId();

    void setPlanId(int planId);

    /** The goal macro's key, unique within the plan. */
    @NotNull
    @Indexed
    @StringLength(64)
    String getGoalKey();

    void setGoalKey(String goalKey);

    /** Title as written in the macro. */
    @NotNull
    @StringLength(255)
    String getTitle();

    void setTitle(String title);

    /** Measurable target as written in the macro. */
    @StringLength(450)
    String getTarget();

    void setTarget(String target);

    /** Due date, ISO-8601, or null. */
    @StringLength(10)
    String getDueDate();

    void setDueDate(String dueDate);

    /** Name of a {@code GoalStatus}: the latest of the page's status and the last progress update's. */
    @NotNull
    @StringLength(16)
    String getStatus();

    void setStatus(String status);

    /** Name of the {@code GoalStatus} the page declared when last indexed. */
    @NotNull
    @StringLength(16)
    String getPageStatus();

    void setPageStatus(String pageStatus);

    /** Progress in percent (0–100) from the latest progress update; 0 before any. */
    @NotNull
    @Default("0")
    int getProgressPercent();

    void setProgressPercent(int progressPercent);

    /** Position of the goal on the growth-plan page, from 0. */
    @NotNull
    @Default("0")
    @Indexed
    int getPagePosition();

    void setPagePosition(int pagePosition);

    /** True once the goal's macro has left the page; its history stays. */
    @NotNull
    @Default("false")
    @Indexed
    boolean isArchived();

    void setArchived(boolean archived);

    /**
     * The day (ISO-8601) the goal last became achieved, in the app's time zone: the day of the progress
     * update or of the page's status that made it achieved; null while its status is anything else.
     */
    @StringLength(10)
    String getAchievedOn();

    void setAchievedOn(String achievedOn);

    /** When the row last changed. */
    @NotNull
    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);

    /**
     * Id of the mentor's latest {@link MentorAgreementEntity agreement} to the goal, 0 before any.
     * The agreement's who, when and target text are repeated on the goal row so that a goal and its
     * agreement are read in one statement.
     */
    @NotNull
    @Default("0")
    int getAgreementId();

    void setAgreementId(int agreementId);

    /** User key of the mentor who last agreed, or null. */
    @StringLength(255)
    String getAgreedBy();

    void setAgreedBy(String agreedBy);

    /** When the mentor last agreed, or null. */
    Date getAgreedAt();

    void setAgreedAt(Date agreedAt);

    /** The measurable target as it read when the mentor last agreed. */
    @StringLength(450)
    String getAgreedTarget();

    void setAgreedTarget(String agreedTarget);
}
