package com.atlassian.confluence.mail.template;

import com.atlassian.mail.MailException;
import java.util.function.Consumer;

/**
 * Host-API declaration (confluence): one mail to one or more comma-separated addresses, with its
 * subject, body and MIME type ({@link #MIME_TYPE_HTML} or {@link #MIME_TYPE_TEXT}), sent through the
 * default SMTP server by {@link #send()}. It is not a {@code Task}: Confluence's own actions queue it
 * by wrapping {@code send()} in one (decompiled Confluence 8.7.2, {@code SiteSupportAction}).
 *
 * <p>The bodies only serve the tests: {@code send()} hands the mail to the test Confluence's SMTP
 * server, which the double plugs in through the private {@code SERVER} field; without one, sending
 * fails as it does when Confluence has no mail server.
 */
public class ConfluenceMailQueueItem {

    public static final String MIME_TYPE_HTML = "text/html";
    public static final String MIME_TYPE_TEXT = "text/plain";

    private static final ThreadLocal<Consumer<ConfluenceMailQueueItem>> SERVER = new ThreadLocal<>();

    private final String to;
    private final String subject;
    private final String body;
    private final String mimeType;

    public ConfluenceMailQueueItem(String to, String subject, String body, String mimeType) {
        this.to = to;
        this.subject = subject;
        this.body = body;
        this.mimeType = mimeType;
    }

    @Deprecated
    public void send() throws MailException {
        Consumer<ConfluenceMailQueueItem> server = SERVER.get();
        if (server == null) {
            throw new MailException("No SMTP mail server is configured");
        }
        server.accept(this);
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }
}
