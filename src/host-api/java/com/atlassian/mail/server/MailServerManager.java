package com.atlassian.mail.server;

/**
 * Host-API declaration (atlassian-mail 5.3.0): Confluence's mail servers. Confluence's own "contact
 * administrators" action asks it whether a default SMTP server is configured before it queues a mail
 * (decompiled Confluence 8.7.2, {@code com.atlassian.confluence.user.actions.SiteSupportAction}).
 */
public interface MailServerManager {

    boolean isDefaultSMTPMailServerDefined();
}
