package io.mentoringspaces.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A user's choice to get, or not, the mails of one kind: one row per user and kind once the user
 * switches it (no row: the kind is on). Table {@code AO_2229CD_NOTICE_PREFERENCE}.
 */
@Table("NoticePreference")
public interface NoticePreferenceEntity extends Entity {

    /** SHA-256 (hex) of user key and kind: unique, so that a user has one row per kind. */
    @NotNull
    @Unique
    @Indexed
    @StringLength(64)
    String getPreferenceKey();

    void setPreferenceKey(String preferenceKey);

    /** Confluence user key of the user. */
    @NotNull
    @Indexed
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    /** Name of a {@code NoticeKind}. */
    @NotNull
    @StringLength(32)
    String getKind();

    void setKind(String kind);

    /** Whether the user gets mails of this kind. */
    @NotNull
    @Indexed
    boolean isEnabled();

    void setEnabled(boolean enabled);
}
