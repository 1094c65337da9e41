package io.mentoringspaces.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A progress update recorded on a goal. Table {@code AO_2229CD_PROGRESS_UPDATE}. */
@Table("ProgressUpdate")
public interface ProgressUpdateEntity extends Entity {

    /** The goal updated. */
    @NotNull
    @Indexed
    int getGoalId();

    void setGoalId(int goalId);

    /** The plan of the goal, so that a plan's updates are read in one statement. */
    @NotNull
    @Indexed
    int getPlanId();

    void setPlanId(int planId);

    /** Progress in percent, 0–100. */
    @NotNull
    int getProgressPercent();

    void setProgressPercent(int progressPercent);

    /** Name of a {@code GoalStatus}. */
    @NotNull
    @StringLength(16)
    String getStatus();

    void setStatus(String status);

    /** Optional note, up to 2,000 characters. */
    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);

    /** User key of the author. */
    @NotNull
    @StringLength(255)
    String getAuthorKey();

    void setAuthorKey(String authorKey);

    /** When the update was recorded. */
    @NotNull
    @Indexed
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    /** Id of the meeting page the update was recorded on; 0 when not on a meeting page. */
    @NotNull
    @Indexed
    long getMeetingPageId();

    void setMeetingPageId(long meetingPageId);
}
