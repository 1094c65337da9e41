package io.mentoringspaces.model;

/**
 * A development activity as the growth-plan page's activity macro writes it, for the index; {@code entry}
 * gives the fingerprint its key is matched by.
 */
public record ActivityDefinition(ChecklistEntry entry, String title, ActivityKind kind, String goalKey) {
}
