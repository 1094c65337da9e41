package io.mentoringspaces.model;

import java.time.LocalDate;

/**
 * A Confluence task as a meeting page holds it, for the index.
 *
 * @param taskId      the task's id within the page
 * @param complete    whether its status is complete
 * @param text        its text, plain
 * @param assigneeKey user key of the first user it mentions who exists, or null (Confluence's rule)
 * @param dueDate     the first date it holds, or null
 */
public record PageTask(String taskId, boolean complete, String text, String assigneeKey, LocalDate dueDate) {
}
