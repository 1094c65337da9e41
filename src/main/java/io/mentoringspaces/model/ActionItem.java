package io.mentoringspaces.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An action item: a Confluence task on a meeting page, as the index keeps it.
 *
 * @param pageId      the meeting page the task is on
 * @param taskId      the task's id within the page
 * @param text        the task's text, plain, up to 450 characters (shown only to users who may view the page)
 * @param assigneeKey user key of the assignee, or null
 * @param dueDate     the due date, or null
 * @param done        whether the task is complete
 * @param completedAt when it was first seen complete, or completed from the app; null while open
 * @param position    its position on the page, from 0
 */
public record ActionItem(long pageId, String taskId, String text, String assigneeKey, LocalDate dueDate, boolean done,
        Instant completedAt, int position) {
}
