package io.mentoringspaces.model;

import java.util.List;

/**
 * One mail due to one recipient. {@code subject} and {@code due} make it unique together with the kind
 * and the recipient: a notice already sent with the same four is never sent again.
 *
 * @param kind          what the mail is about
 * @param recipientKey  Confluence user key of the recipient
 * @param subject       what it is about: a plan, a meeting page or an action item id, {@code digest} for a digest
 * @param due           the date (ISO-8601) or ISO week ({@code 2026-W12}) it is due for
 * @param spaceKey      the pair's space (null for a digest)
 * @param pageId        the meeting page it links to (0: none)
 * @param date          the meeting's or item's date, ISO-8601 (null: none)
 * @param count         goals waiting for agreement (0: not that kind)
 * @param programmes    a digest's programmes (empty for other kinds)
 */
public record Notice(NoticeKind kind, String recipientKey, String subject, String due, String spaceKey, long pageId,
        String date, int count, List<DigestProgramme> programmes) {

    /** A programme in a coordinator's digest: figures and space keys only, never what a pair wrote. */
    public record DigestProgramme(String name, int pairs, List<String> stalled, List<String> atRisk) {
    }

    /** The notice's unique key: kind, recipient, subject and due date or week. */
    public String key() {
        return kind.name() + "|" + recipientKey + "|" + subject + "|" + due;
    }
}
