package io.mentoringspaces.storage;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Changes the status of one Confluence task in a page's storage format, touching nothing else of the
 * body: the text of the {@code ac:task-status} that follows the task's {@code ac:task-id} becomes
 * {@code complete} or {@code incomplete}, as Confluence's inline-tasks plugin rewrites it when a task
 * is ticked in view mode (the id comes before the status in every task the editor writes, and only
 * such a status is changed, as there). CDATA sections and comments are not searched.
 */
public final class TaskStatusWriter {

    /** The storage text of a complete and an incomplete task. */
    public static final String COMPLETE = "complete";
    public static final String INCOMPLETE = "incomplete";

    private static final Pattern TAG = Pattern.compile(
            "<!\\[CDATA\\[.*?]]>|<!--.*?-->|<(/?)ac:(task-id|task-status|task-body|task)\\b[^>]*>", Pattern.DOTALL);

    private TaskStatusWriter() {
    }

    /**
     * The body with the status of the task {@code taskId} set; the same body when the task has that status
     * already; null when the body holds no task with that id (or its id is not followed by a status).
     * Refuses a body that is not well-formed storage format.
     */
    public static String withStatus(String storage, String taskId, boolean complete) throws StorageFormatException {
        StorageReader.parse(storage);
        String body = storage == null ? "" : storage;
        Matcher tags = TAG.matcher(body);
        int idContent = -1;
        while (tags.find()) {
            String name = tags.group(2);
            boolean closing = "/".equals(tags.group(1));
            if (name == null) {
                continue;
            }
            if (name.equals("task-id") && !closing) {
                idContent = tags.end();
            } else if (name.equals("task-id") && idContent >= 0) {
                boolean match = body.substring(idContent, tags.start()).strip().equals(taskId);
                idContent = -1;
                if (match) {
                    return statusAfter(body, tags, complete);
                }
            }
        }
        return null;
    }

    /** Sets the text of the status element that follows the matched id, before the task's body or end. */
    private static String statusAfter(String body, Matcher tags, boolean complete) {
        int statusContent = -1;
        while (tags.find()) {
            String name = tags.group(2);
            boolean closing = "/".equals(tags.group(1));
            if (name == null) {
                continue;
            }
            if (name.equals("task-status") && !closing) {
                statusContent = tags.end();
            } else if (name.equals("task-status") && statusContent >= 0) {
                String wanted = complete ? COMPLETE : INCOMPLETE;
                if (body.substring(statusContent, tags.start()).strip().equals(wanted)) {
                    return body;
                }
                return body.substring(0, statusContent) + wanted + body.substring(tags.start());
            } else {
                return null;
            }
        }
        return null;
    }
}
