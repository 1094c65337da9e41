package io.mentoringspaces.service;

/**
 * A message argument naming an input field; shown through its label {@code mentoring.field.<name>}
 * in the user's language.
 */
public record FieldName(String name) {

    public String labelKey() {
        return "mentoring.field." + name;
    }

    @Override
    public String toString() {
        return name;
    }
}
