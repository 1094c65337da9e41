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
 * One development activity: an activity macro on the growth-plan page (a course, a project with the
 * mentor, an event), keyed as checklist items are, with the status the pair gave it. One row per plan
 * and key, enforced by the unique {@link #getRowKey() row key}. Its title is shown only to users who
 * may view the pair's pages. Table {@code AO_2229CD_ACTIVITY}.
 */
@Table("Activity")
public interface ActivityEntity extends Entity {

    /** The plan whose growth-plan page holds the activity. */
    @NotNull
    @Indexed
    int getPlanId();

    void setPlanId(int planId);

    /** The activity's key within the plan. */
    @NotNull
    @StringLength(64)
    String getActivityKey();

    void setActivityKey(String activityKey);

    /** {@code <plan id>/<activity key>}: unique, so that an activity never has two rows. */
    @NotNull
    @Unique
    @Indexed
    @StringLength(100)
    String getRowKey();

    void setRowKey(String rowKey);

    /** The activity's title as written in the macro. */
    @NotNull
    @StringLength(255)
    String getTitle();

    void setTitle(String title);

    /** Name of an {@code ActivityKind}: course, project, event or other. */
    @NotNull
    @StringLength(16)
    String getKind();

    void setKind(String kind);

    /** Key of the goal the activity serves, or null. */
    @StringLength(64)
    String getGoalKey();

    void setGoalKey(String goalKey);

    /** Fingerprint of the title when last seen. */
    @StringLength(64)
    String getFingerprint();

    void setFingerprint(String fingerprint);

    /** Position among the page's activities when last seen, from 0. */
    @NotNull
    @Default("0")
    @Indexed
    int getPosition();

    void setPosition(int position);

    /** True while the activity's macro is not on the page any more (its status is kept should it come back). */
    @NotNull
    @Default("false")
    @Indexed
    boolean isRemoved();

    void setRemoved(boolean removed);

    /** Name of an {@code ActivityStatus}: planned, in progress or done. */
    @NotNull
    @Default("PLANNED")
    @StringLength(16)
    String getStatus();

    void setStatus(String status);

    /** User key of who last changed the status; null before any change. */
    @StringLength(255)
    String getChangedBy();

    void setChangedBy(String changedBy);

    /** When the status last changed; null before any change. */
    Date getChangedAt();

    void setChangedAt(Date changedAt);
}
