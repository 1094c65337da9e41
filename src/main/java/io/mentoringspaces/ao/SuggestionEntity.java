package io.mentoringspaces.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One suggestion of the mentor: a list item of the mentor's feedback macro on a meeting page, keyed as
 * checklist items are (by the fingerprint of its text, else its position), with the mark the mentee
 * gave it. One row per page and key, enforced by the unique {@link #getSuggestionKey() suggestion key}.
 * Its text is shown only to users who may view the page. Table {@code AO_2229CD_SUGGESTION}.
 */
@Table("Suggestion")
public interface SuggestionEntity extends Entity {

    /** The plan of the meeting page. */
    @NotNull
    @Indexed
    int getPlanId();

    void setPlanId(int planId);

    /** Id of the meeting page. */
    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    /** The suggestion's key within its page. */
    @NotNull
    @StringLength(64)
    String getItemKey();

    void setItemKey(String itemKey);

    /** {@code <page id>/<item key>}: unique, so that a suggestion never has two rows. */
    @NotNull
    @Unique
    @Indexed
    @StringLength(100)
    String getSuggestionKey();

    void setSuggestionKey(String suggestionKey);

    /** The suggestion's text as plain text, up to 450 characters. */
    @StringLength(450)
    String getText();

    void setText(String text);

    /** Fingerprint of the text when last seen. */
    @StringLength(64)
    String getFingerprint();

    void setFingerprint(String fingerprint);

    /** Position among the page's suggestions when last seen, from 0. */
    @NotNull
    @Default("0")
    int getPosition();

    void setPosition(int position);

    /** True while the suggestion is not on the page any more (its mark is kept should it come back). */
    @NotNull
    @Default("false")
    @Indexed
    boolean isRemoved();

    void setRemoved(boolean removed);

    /** Name of a {@code SuggestionMark}: none, tried or applied. */
    @NotNull
    @Default("NONE")
    @StringLength(16)
    String getMark();

    void setMark(String mark);

    /** User key of who last marked it. */
    @StringLength(255)
    String getMarkedBy();

    void setMarkedBy(String markedBy);

    /** When it was last marked. */
    Date getMarkedAt();

    void setMarkedAt(Date markedAt);
}
