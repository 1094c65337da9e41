package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An action item: a Confluence task on a meeting page. {@code assigneeKey}, {@code assigneeName},
 * {@code dueDate} and {@code completedAt} are left out when the task has none.
 */
public class ActionItemDto {

    private final long pageId;
    private final String taskId;
    private final String text;
    private final String assigneeKey;
    private final String assigneeName;
    private final String dueDate;
    private final String meetingDate;
    private final boolean done;
    private final String completedAt;
    private final boolean overdue;

    public ActionItemDto(long pageId, String taskId, String text, String assigneeKey, String assigneeName, String dueDate,
            String meetingDate, boolean done, String completedAt, boolean overdue) {
        this.pageId = pageId;
        this.taskId = taskId;
        this.text = text;
        this.assigneeKey = assigneeKey;
        this.assigneeName = assigneeName;
        this.dueDate = dueDate;
        this.meetingDate = meetingDate;
        this.done = done;
        this.completedAt = completedAt;
        this.overdue = overdue;
    }

    /** The meeting page the task is on. */
    @JsonProperty
    public long getPageId() {
        return pageId;
    }

    @JsonProperty
    public String getTaskId() {
        return taskId;
    }

    /** The task's text, plain. */
    @JsonProperty
    public String getText() {
        return text;
    }

    @JsonProperty
    public String getAssigneeKey() {
        return assigneeKey;
    }

    @JsonProperty
    public String getAssigneeName() {
        return assigneeName;
    }

    @JsonProperty
    public String getDueDate() {
        return dueDate;
    }

    /** The effective date of the meeting the task came from. */
    @JsonProperty
    public String getMeetingDate() {
        return meetingDate;
    }

    @JsonProperty
    public boolean isDone() {
        return done;
    }

    /** ISO-8601 instant. */
    @JsonProperty
    public String getCompletedAt() {
        return completedAt;
    }

    /** Open and past its due date. */
    @JsonProperty
    public boolean isOverdue() {
        return overdue;
    }
}
