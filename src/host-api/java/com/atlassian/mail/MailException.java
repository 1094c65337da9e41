package com.atlassian.mail;

/** Host-API declaration (atlassian-mail 5.3.0): a mail could not be sent. */
public class MailException extends Exception {

    private static final long serialVersionUID = 1L;

    public MailException(String message) {
        super(message);
    }
}
