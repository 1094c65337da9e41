package io.mentoringspaces.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** The link of a meeting-notes page to its growth plan. Table {@code AO_2229CD_MEETING_LINK}. */
@Table("MeetingLink")
public interface MeetingLinkEntity extends Entity {

    /** The plan the meeting belongs to. */
    @NotNull
    @Indexed
    int getPlanId();

    void setPlanId(int planId);

    /** Id of the meeting page; a page is linked at most once. */
    @NotNull
    @Unique
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    /** Date of the meeting, ISO-8601. */
    @NotNull
    @Indexed
    @StringLength(10)
    String getMeetingDate();

    void setMeetingDate(String meetingDate);

    /** Title of the page, for the pair's own timeline (never shown to coordinators). */
    @NotNull
    @StringLength(255)
    String getTitle();

    void setTitle(String title);

    /** True while the page is in the trash: kept, but left out of every figure. */
    @NotNull
    @Default("false")
    @Indexed
    boolean isTrashed();

    void setTrashed(boolean trashed);

    /** When the link last changed. */
    @NotNull
    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);
}
