package io.mentoringspaces.reminder;

import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.confluence.mail.template.ConfluenceMailQueueItem;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.sal.api.user.UserKey;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.Notice;
import io.mentoringspaces.model.NoticeKind;
import io.mentoringspaces.service.NoticePreferenceService;
import io.mentoringspaces.service.ReminderService;

/**
 * Sends notices through Confluence's mail queue and its default SMTP server. A notice is sent only when
 * a mail server is configured and the recipient has an e-mail address, and only once: it is claimed
 * (in its own transaction) before its mail is queued, so that a second run or a second node sends
 * nothing. Without a mail server nothing is claimed, nothing is queued and nothing fails.
 */
public class NoticeSender {

    /** Confluence's mail queue. */
    static final String MAIL_QUEUE = "mail";

    private final MailServerManager mailServers;
    private final MultiQueueTaskManager tasks;
    private final ReminderService reminders;
    private final UserAccessor users;
    private final LocaleManager locales;
    private final NoticeMails mails;
    private final NoticePreferenceService preferences;

    public NoticeSender(MailServerManager mailServers, MultiQueueTaskManager tasks, ReminderService reminders,
            UserAccessor users, LocaleManager locales, NoticeMails mails, NoticePreferenceService preferences) {
        this.mailServers = mailServers;
        this.tasks = tasks;
        this.reminders = reminders;
        this.users = users;
        this.locales = locales;
        this.mails = mails;
        this.preferences = preferences;
    }

    /** Whether Confluence has a default SMTP server to send mail through. */
    public boolean mailServerConfigured() {
        return mailServers.isDefaultSMTPMailServerDefined();
    }

    /** Sends the notice unless it was sent before; whether its mail was queued now. */
    public boolean send(Notice notice) {
        if (!mailServerConfigured()) {
            return false;
        }
        ConfluenceUser user = users.getUserByKey(new UserKey(notice.recipientKey()));
        if (user == null || user.getEmail() == null || user.getEmail().isBlank() || !reminders.claim(notice)) {
            return false;
        }
        ConfluenceMailQueueItem mail = mails.mail(notice, user.getEmail(), user.getFullName(), locales.getLocale(user));
        tasks.addTask(MAIL_QUEUE, new MailTask(mail));
        return true;
    }

    /**
     * Invites the plan's mentor by mail, once per plan and mentor (when the plan is created, or its mentor
     * changes), unless the mentor stopped these mails.
     */
    public boolean mentorInvited(GrowthPlan plan) {
        return preferences.enabled(plan.mentorKey(), NoticeKind.MENTOR_INVITED) && send(reminders.mentorInvited(plan));
    }

    /** A queued mail: the queue sends it through the default SMTP server when it is flushed. */
    private static final class MailTask implements Task {

        private static final long serialVersionUID = 1L;

        private final transient ConfluenceMailQueueItem mail;

        MailTask(ConfluenceMailQueueItem mail) {
            this.mail = mail;
        }

        @Override
        @SuppressWarnings("deprecation")
        public void execute() throws Exception {
            mail.send();
        }
    }
}
