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
 * The state of one checklist item of a space: one row per plan, checklist and item, enforced by the
 * unique {@link #getTickKey() tick key}. Table {@code AO_2229CD_CHECKLIST_TICK}.
 */
@Table("ChecklistTick")
public interface ChecklistTickEntity extends Entity {

    /** The plan of the space the checklist is in. */
    @NotNull
    @Indexed
    int getPlanId();

    void setPlanId(int planId);

    /** The checklist macro's id within the space. */
    @NotNull
    @Indexed
    @StringLength(64)
    String getChecklistId();

    void setChecklistId(String checklistId);

    /** The item's stable key within the checklist. */
    @NotNull
    @StringLength(64)
    String getItemKey();

    void setItemKey(String itemKey);

    /** {@code <plan id>/<checklist id>/<item key>}: unique, so that an item never has two rows. */
    @NotNull
    @Unique
    @Indexed
    @StringLength(200)
    String getTickKey();

    void setTickKey(String tickKey);

    /** Whether the item is ticked. */
    @NotNull
    @Default("false")
    @Indexed
    boolean isDone();

    void setDone(boolean done);

    /** User key of who last ticked or unticked the item. */
    @StringLength(255)
    String getChangedBy();

    void setChangedBy(String changedBy);

    /** When the item was last ticked or unticked. */
    Date getChangedAt();

    void setChangedAt(Date changedAt);

    /** True while the item is not on the checklist any more (its tick is kept should it come back). */
    @NotNull
    @Default("false")
    @Indexed
    boolean isRemoved();

    void setRemoved(boolean removed);

    /**
     * Fingerprint of the item's text when last seen (see {@code ChecklistEntry#fingerprint()}); null
     * for items with a fixed key.
     */
    @StringLength(64)
    String getFingerprint();

    void setFingerprint(String fingerprint);

    /** Position of the item on the checklist when last seen, from 0. */
    @NotNull
    @Default("0")
    int getPosition();

    void setPosition(int position);
}
