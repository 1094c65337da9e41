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
 * One item written on a meeting page that the app keeps a state for: an action item (a Confluence task,
 * {@code ac:task}, keyed by its task id, open or done) or a suggestion of the mentor (a list item of the
 * mentor's feedback macro, keyed as checklist items are, with the mark the mentee gave it). One table for
 * both, so that a meeting page reads the open action items of earlier meetings and its own suggestions
 * in one statement. One row per page, kind and key, enforced by the unique {@link #getUniqueKey() unique
 * key}. The items stay in the page; a row's text is shown only to users who may view the page. Table
 * {@code AO_2229CD_MEETING_ITEM}.
 */
@Table("MeetingItem")
public interface MeetingItemEntity extends Entity {

    /** The plan of the meeting page. */
    @NotNull
    @Indexed
    int getPlanId();

    void setPlanId(int planId);

    /** Id of the meeting page the item is on. */
    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    /** What the item is: {@code ACTION_ITEM} or {@code SUGGESTION}. */
    @NotNull
    @Indexed
    @StringLength(16)
    String getKind();

    void setKind(String kind);

    /** The item's key within its page and kind: the task's id ({@code ac:task-id}) or the suggestion's key. */
    @NotNull
    @StringLength(64)
    String getItemKey();

    void setItemKey(String itemKey);

    /** {@code <page id>/<kind>/<item key>}: unique, so that an item never has two rows. */
    @NotNull
    @Unique
    @Indexed
    @StringLength(100)
    String getUniqueKey();

    void setUniqueKey(String uniqueKey);

    /** The item's text as plain text, up to 450 characters. */
    @StringLength(450)
    String getText();

    void setText(String text);

    /** Position of the item among the page's items of its kind, from 0. */
    @NotNull
    @Default("0")
    int getPosition();

    void setPosition(int position);

    /** A suggestion: fingerprint of its text when last seen; null for an action item. */
    @StringLength(64)
    String getFingerprint();

    void setFingerprint(String fingerprint);

    /**
     * A suggestion: true while it is not on the page any more (its mark is kept should it come back).
     * Always false for an action item, whose row goes with its task.
     */
    @NotNull
    @Default("false")
    @Indexed
    boolean isRemoved();

    void setRemoved(boolean removed);

    /**
     * An action item: user key of the assignee (the first user the task mentions), or null. Indexed for
     * the "My mentoring" page, which reads the open items assigned to a user.
     */
    @Indexed
    @StringLength(255)
    String getAssigneeKey();

    void setAssigneeKey(String assigneeKey);

    /** An action item: due date (the first date the task holds), ISO-8601, or null. */
    @Indexed
    @StringLength(10)
    String getDueDate();

    void setDueDate(String dueDate);

    /** An action item: whether the task is complete. Always false for a suggestion. */
    @NotNull
    @Default("false")
    @Indexed
    boolean isDone();

    void setDone(boolean done);

    /** An action item: when the task was first seen complete, or completed from the app; null while open. */
    Date getCompletedAt();

    void setCompletedAt(Date completedAt);

    /** A suggestion: name of a {@code SuggestionMark} (none, tried or applied); {@code NONE} for an action item. */
    @NotNull
    @Default("NONE")
    @StringLength(16)
    String getMark();

    void setMark(String mark);

    /** A suggestion: user key of who last marked it. */
    @StringLength(255)
    String getMarkedBy();

    void setMarkedBy(String markedBy);

    /** A suggestion: when it was last marked. */
    Date getMarkedAt();

    void setMarkedAt(Date markedAt);
}
