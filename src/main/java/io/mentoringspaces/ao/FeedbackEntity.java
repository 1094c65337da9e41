package io.mentoringspaces.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One side's feedback on one meeting: the text of the page's feedback macro of that side, kept by the
 * index and shown only to users who may view the page (the session's pulse each side gave is on the
 * meeting's link). One row per page and side that wrote feedback, enforced by the unique
 * {@link #getFeedbackKey() feedback key}. Table
 * {@code AO_2229CD_FEEDBACK}.
 */
@Table("Feedback")
public interface FeedbackEntity extends Entity {

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

    /** Name of a {@code FeedbackSide}: the mentee's feedback to the mentor, or the mentor's to the mentee. */
    @NotNull
    @StringLength(16)
    String getSide();

    void setSide(String side);

    /** {@code <page id>/<side>}: unique, so that a side has one row per meeting. */
    @NotNull
    @Unique
    @Indexed
    @StringLength(100)
    String getFeedbackKey();

    void setFeedbackKey(String feedbackKey);

    /** The feedback macro's text as plain text, up to 2,000 characters; null when the page has none. */
    @StringLength(StringLength.UNLIMITED)
    String getText();

    void setText(String text);
}
