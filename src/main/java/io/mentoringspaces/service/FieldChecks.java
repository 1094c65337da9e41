package io.mentoringspaces.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks every field of an input and keeps each field's refusal, so that all of them are answered at
 * once rather than the first only.
 */
public final class FieldChecks {

    private final List<MentoringException> refusals = new ArrayList<>();

    /** The checked value, or null when {@code check} refused it (the refusal is kept). */
    public <T> T check(Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidFieldsException e) {
            refusals.addAll(e.refusals());
        } catch (InvalidInputException | ConflictException e) {
            refusals.add(e);
        }
        return null;
    }

    /** Whether a refusal names {@code field}. */
    boolean refused(String field) {
        return refusals.stream().anyMatch(r -> field.equals(r.getField()));
    }

    /**
     * Throws what was refused: a lone clash as itself (409), else every refusal together
     * ({@link InvalidFieldsException}); returns when nothing was.
     */
    void throwIfAny() {
        if (refusals.size() == 1 && refusals.get(0) instanceof ConflictException conflict) {
            throw conflict;
        }
        if (!refusals.isEmpty()) {
            throw new InvalidFieldsException(refusals);
        }
    }
}
