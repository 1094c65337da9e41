package io.mentoringspaces.service;

/** Something the request names does not exist; nothing was written. */
public class NotFoundException extends MentoringException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
