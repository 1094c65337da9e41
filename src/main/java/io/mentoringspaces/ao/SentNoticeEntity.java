package io.mentoringspaces.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A mail the app has sent, or is about to send: the row is claimed in its own transaction before the
 * mail is queued, and its unique key makes every later claim of the same notice fail, on any node.
 * Table {@code AO_2229CD_SENT_NOTICE}.
 */
@Table("SentNotice")
public interface SentNoticeEntity extends Entity {

    /** SHA-256 (hex) of kind, recipient, subject and due date or week: unique. */
    @NotNull
    @Unique
    @Indexed
    @StringLength(64)
    String getNoticeKey();

    void setNoticeKey(String noticeKey);

    /** Name of a {@code NoticeKind}. */
    @NotNull
    @StringLength(32)
    String getKind();

    void setKind(String kind);

    /** Confluence user key of the recipient. */
    @NotNull
    @StringLength(255)
    String getRecipientKey();

    void setRecipientKey(String recipientKey);

    /** What the notice is about: a plan, page or item id, or {@code digest}. */
    @NotNull
    @StringLength(64)
    String getSubjectId();

    void setSubjectId(String subjectId);

    /** The date (ISO-8601) or ISO week the notice is due for. */
    @NotNull
    @StringLength(10)
    String getDue();

    void setDue(String due);

    /** When the notice was claimed. */
    @NotNull
    Date getSentAt();

    void setSentAt(Date sentAt);
}
