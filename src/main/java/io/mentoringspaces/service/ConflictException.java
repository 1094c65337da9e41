package io.mentoringspaces.service;

/** The change would clash with existing data (a duplicate key, say); nothing was written. */
public class ConflictException extends MentoringException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
