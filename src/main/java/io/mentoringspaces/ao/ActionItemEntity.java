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
 * One action item: a Confluence task ({@code ac:task}) on a meeting page, one row per page and task
 * id, enforced by the unique {@link #getItemKey() item key}. The task stays in the page; this row lets
 * the app list and count it. Its text is shown only to users who may view the page. Table
 * {@code AO_2229CD_ACTION_ITEM}.
 */
@Table("ActionItem")
public interface ActionItemEntity extends Entity {

    /** The plan of the meeting page. */
    @NotNull
    @Indexed
    int getPlanId();

    void setPlanId(int planId);

    /** Id of the meeting page the task is on. */
    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    /** The task's id within its page ({@code ac:task-id}). */
    @NotNull
    @StringLength(64)
    String getTaskId();

    void setTaskId(String taskId);

    /** {@code <page id>/<task id>}: unique, so that a task never has two rows. */
    @NotNull
    @Unique
    @Indexed
    @StringLength(100)
    String getItemKey();

    void setItemKey(String itemKey);

    /** The task's text as plain text, up to 450 characters. */
    @StringLength(450)
    String getText();

    void setText(String text);

    /** User key of the assignee (the first user the task mentions), or null. */
    @StringLength(255)
    String getAssigneeKey();

    void setAssigneeKey(String assigneeKey);

    /** Due date (the first date the task holds), ISO-8601, or null. */
    @StringLength(10)
    String getDueDate();

    void setDueDate(String dueDate);

    /** Whether the task is complete. */
    @NotNull
    @Default("false")
    @Indexed
    boolean isDone();

    void setDone(boolean done);

    /** When the task was first seen complete, or completed from the app; null while open. */
    Date getCompletedAt();

    void setCompletedAt(Date completedAt);

    /** Position of the task on its page, from 0. */
    @NotNull
    @Default("0")
    int getPosition();

    void setPosition(int position);
}
