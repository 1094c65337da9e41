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
 * The link of a meeting-notes page to its growth plan, with the meeting's state (planned, held,
 * cancelled, moved), when the page was first saved with the session's aims, and the session's pulse
 * each side gave. Table
 * {@code AO_2229CD_MEETING_LINK}.
 */
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

    /** Name of a {@code MeetingState}: planned until mentee or mentor confirms, cancels or moves it. */
    @NotNull
    @Default("PLANNED")
    @StringLength(16)
    String getState();

    void setState(String state);

    /** User key of who last set the state; null while planned from the start, or set by the upgrade. */
    @StringLength(255)
    String getStateBy();

    void setStateBy(String stateBy);

    /** When the state was last set; null while planned from the start. */
    Date getStateAt();

    void setStateAt(Date stateAt);

    /** The date the meeting was moved to, ISO-8601; null when it was never moved. */
    @StringLength(10)
    String getMovedTo();

    void setMovedTo(String movedTo);

    /**
     * The meeting's effective date, ISO-8601: the moved-to date when there is one, else the page's
     * date. Always written by the app (the upgrade fills it for links made before it existed).
     */
    @Indexed
    @StringLength(10)
    String getEffectiveDate();

    void setEffectiveDate(String effectiveDate);

    /**
     * For a cancelled meeting, the whole hours between the cancellation and the meeting's start
     * (negative when cancelled after it began); 0 otherwise.
     */
    @NotNull
    @Default("0")
    int getNoticeHours();

    void setNoticeHours(int noticeHours);

    /**
     * The page's version date when it was first saved with the session's aims written; null before.
     * Indexed: the daily reminder job looks up the meetings whose aims were shared.
     */
    @Indexed
    Date getAimsSavedAt();

    void setAimsSavedAt(Date aimsSavedAt);

    /** The session's usefulness, 1–5, by the mentee; 0 when not given. */
    @NotNull
    @Default("0")
    int getMenteePulse();

    void setMenteePulse(int menteePulse);

    /** User key of the mentee who gave the pulse; null without one. */
    @StringLength(255)
    String getMenteePulseBy();

    void setMenteePulseBy(String menteePulseBy);

    /** When the mentee gave or last changed the pulse; null without one. */
    Date getMenteePulseAt();

    void setMenteePulseAt(Date menteePulseAt);

    /** The session's usefulness, 1–5, by the mentor; 0 when not given. */
    @NotNull
    @Default("0")
    int getMentorPulse();

    void setMentorPulse(int mentorPulse);

    /** User key of the mentor who gave the pulse; null without one. */
    @StringLength(255)
    String getMentorPulseBy();

    void setMentorPulseBy(String mentorPulseBy);

    /** When the mentor gave or last changed the pulse; null without one. */
    Date getMentorPulseAt();

    void setMentorPulseAt(Date mentorPulseAt);
}
