package io.mentoringspaces.service;

/** The input is larger than the app takes; it was not read to its end and nothing was written. */
public class TooLargeException extends MentoringException {

    private static final long serialVersionUID = 1L;

    public TooLargeException(String messageKey, Object... arguments) {
        super(null, messageKey, arguments);
    }
}
