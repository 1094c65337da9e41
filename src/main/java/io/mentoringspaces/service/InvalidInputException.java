package io.mentoringspaces.service;

/** The input is malformed, out of range or inconsistent; nothing was written. */
public class InvalidInputException extends MentoringException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
