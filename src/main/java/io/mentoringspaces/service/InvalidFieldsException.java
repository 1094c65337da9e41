package io.mentoringspaces.service;

import java.util.List;

/**
 * Several fields of one input are refused at once, each with its own message; nothing was written.
 * As a single refusal it reads as the first one (its field and message).
 */
public class InvalidFieldsException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final transient List<MentoringException> refusals;

    InvalidFieldsException(List<MentoringException> refusals) {
        super(refusals.get(0).getField(), refusals.get(0).getMessageKey(), refusals.get(0).arguments());
        this.refusals = List.copyOf(refusals);
    }

    /** Every refusal, one per field, in the order of the form's fields. */
    public List<MentoringException> refusals() {
        return refusals;
    }
}
