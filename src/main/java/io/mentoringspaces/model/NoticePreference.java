package io.mentoringspaces.model;

/** Whether a user gets the mails of one kind: every kind is on until the user stops it. */
public record NoticePreference(NoticeKind kind, boolean enabled) {
}
