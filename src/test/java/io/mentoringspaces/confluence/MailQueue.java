package io.mentoringspaces.confluence;

import com.atlassian.confluence.mail.template.ConfluenceMailQueueItem;
import com.atlassian.core.task.Task;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Confluence's task queues ({@code MultiQueueTaskManager}) and its default SMTP server
 * ({@code MailServerManager}), as far as mail goes (HB-12): a task added to a queue does not run at
 * once but when the queue is flushed (Confluence flushes the {@code "mail"} queue in the background);
 * a mail is sent through the default SMTP server when one is configured, and fails to send otherwise.
 * The server captures what it sends ({@link #sent()}).
 */
public final class MailQueue {

    /** A mail as the SMTP server sent it. */
    public record Mail(String to, String subject, String body, String mimeType) {
    }

    private final Map<String, List<Task>> queues = new ConcurrentHashMap<>();
    private final List<Mail> sent = new CopyOnWriteArrayList<>();
    private final List<Exception> failures = new CopyOnWriteArrayList<>();
    private volatile boolean serverConfigured = true;

    public void addTask(String queueName, Task task) {
        queues.computeIfAbsent(queueName, name -> new CopyOnWriteArrayList<>()).add(task);
    }

    public boolean isDefaultSMTPMailServerDefined() {
        return serverConfigured;
    }

    /** Whether an administrator has configured a default SMTP server (on by default here). */
    public void mailServer(boolean configured) {
        serverConfigured = configured;
    }

    /** The tasks waiting in a queue. */
    public int waiting(String queueName) {
        return queues.getOrDefault(queueName, List.of()).size();
    }

    /** Runs the tasks of the queue, as Confluence's background flush does; a failing task is logged and dropped. */
    public void flush(String queueName) {
        List<Task> tasks = queues.get(queueName);
        if (tasks == null) {
            return;
        }
        List<Task> running = new ArrayList<>(tasks);
        tasks.removeAll(running);
        ThreadLocal<Consumer<ConfluenceMailQueueItem>> server = server();
        server.set(serverConfigured ? item -> sent.add(mail(item)) : null);
        try {
            for (Task task : running) {
                try {
                    task.execute();
                } catch (Exception e) {
                    failures.add(e);
                }
            }
        } finally {
            server.remove();
        }
    }

    /** Flushes the mail queue and gives the mails sent so far. */
    public List<Mail> sent() {
        flush("mail");
        return List.copyOf(sent);
    }

    /** What failed while the queues ran. */
    public List<Exception> failures() {
        return List.copyOf(failures);
    }

    private static Mail mail(ConfluenceMailQueueItem item) {
        return new Mail((String) field(item, "to"), item.getSubject(), item.getBody(), (String) field(item, "mimeType"));
    }

    @SuppressWarnings("unchecked")
    private static ThreadLocal<Consumer<ConfluenceMailQueueItem>> server() {
        return (ThreadLocal<Consumer<ConfluenceMailQueueItem>>) field(null, "SERVER");
    }

    /** What the mail item holds that its declaration keeps private: what Confluence's SMTP code reads of it. */
    private static Object field(ConfluenceMailQueueItem item, String name) {
        try {
            Field field = ConfluenceMailQueueItem.class.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(item);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
