package io.mentoringspaces.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.mail.template.ConfluenceMailQueueItem;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;
import com.atlassian.mail.server.MailServerManager;
import java.time.Clock;
import java.util.List;
import org.junit.Test;

/**
 * HB-12: mail in Confluence (decompiled Confluence 8.7.2 in ngannk-fptu/Decompiled-Files:
 * {@code com/atlassian/confluence/user/actions/SiteSupportAction.java}, {@code ConfluenceMailQueueItem.java};
 * atlassian-core 8.0.1 {@code MultiQueueTaskManager}, {@code Task}; atlassian-mail 5.3.0
 * {@code MailServerManager}). Confluence's own actions ask {@code isDefaultSMTPMailServerDefined()} before
 * they send, and queue a {@code ConfluenceMailQueueItem} (to, subject, body, MIME type) by wrapping its
 * {@code send()} in a {@code Task} added to the {@code "mail"} queue; the queue runs its tasks later, when
 * it is flushed in the background; {@code send()} goes through the default SMTP server and fails without one.
 */
public class HB12_MailQueueTest {

    private final ConfluenceDouble confluence = new ConfluenceDouble(Clock.systemUTC());
    private final MultiQueueTaskManager tasks = confluence.service(MultiQueueTaskManager.class);
    private final MailServerManager servers = confluence.service(MailServerManager.class);

    @SuppressWarnings("deprecation")
    private static Task sending(ConfluenceMailQueueItem item) {
        return item::send;
    }

    @Test
    public void shouldSendAQueuedMailWhenTheQueueIsFlushedNotBefore() {
        tasks.addTask("mail", sending(new ConfluenceMailQueueItem("mia@example.com", "Hello", "<p>Hi</p>",
                ConfluenceMailQueueItem.MIME_TYPE_HTML)));

        assertEquals(1, confluence.mail().waiting("mail"));
        assertEquals(List.of(new MailQueue.Mail("mia@example.com", "Hello", "<p>Hi</p>", "text/html")), confluence.mail().sent());
        assertEquals(0, confluence.mail().waiting("mail"));
    }

    @Test
    public void shouldTellWhetherADefaultSmtpServerIsConfigured() {
        assertTrue(servers.isDefaultSMTPMailServerDefined());
        confluence.mail().mailServer(false);
        assertFalse(servers.isDefaultSMTPMailServerDefined());
    }

    @Test
    public void shouldFailToSendWithoutAMailServer() {
        confluence.mail().mailServer(false);
        tasks.addTask("mail", sending(new ConfluenceMailQueueItem("mia@example.com", "Hello", "Hi",
                ConfluenceMailQueueItem.MIME_TYPE_TEXT)));

        assertTrue(confluence.mail().sent().isEmpty());
        assertEquals(1, confluence.mail().failures().size());
    }
}
