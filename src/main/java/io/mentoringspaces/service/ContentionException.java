package io.mentoringspaces.service;

/**
 * The database refused a change on every attempt because others changed the same data at the same
 * moment; nothing of it was saved, and the user may simply try again.
 */
public class ContentionException extends MentoringException {

    private static final long serialVersionUID = 1L;

    public ContentionException(Throwable lastFailure) {
        super(lastFailure, null, "mentoring.error.contention");
    }
}
