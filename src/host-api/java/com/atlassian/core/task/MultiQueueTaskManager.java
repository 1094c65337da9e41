package com.atlassian.core.task;

/**
 * Host-API declaration (atlassian-core 8.0.1): Confluence's named task queues. Mail goes to the queue
 * {@code "mail"}, which Confluence flushes in the background, so a mail is sent after the transaction
 * that queued it (decompiled Confluence 8.7.2: {@code SiteSupportAction} and the notification sender
 * queue their mails with {@code addTask("mail", ...)}).
 */
public interface MultiQueueTaskManager {

    void addTask(String queueName, Task task);
}
