package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mentoringspaces.model.MyPair;
import java.util.List;
import java.util.Locale;

/**
 * One of the user's pairs, as on the "My mentoring" page: names, dates and counts, nothing the pair
 * wrote. {@code lastMeeting} and {@code lastPulse} are left out before a meeting was held,
 * {@code goalsAwaitingAgreement} when the user is the mentee, {@code nextDue} once the pair closed the
 * mentorship and {@code closedOn} unless it did; within {@code lastPulse}, a side that gave no pulse is left out.
 */
public class MyPairDto {

    private final MyPair pair;
    private final String partnerName;

    public MyPairDto(MyPair pair, String partnerName) {
        this.pair = pair;
        this.partnerName = partnerName;
    }

    @JsonProperty
    public String getSpaceKey() {
        return pair.spaceKey();
    }

    @JsonProperty
    public String getSpaceName() {
        return pair.spaceName();
    }

    /** {@code mentee} or {@code mentor}: the user's side of the pair. */
    @JsonProperty
    public String getRole() {
        return pair.role().parameter();
    }

    @JsonProperty
    public String getPartnerName() {
        return partnerName;
    }

    @JsonProperty
    public String getStartDate() {
        return pair.startDate().toString();
    }

    @JsonProperty
    public String getCadence() {
        return pair.cadence().name().toLowerCase(Locale.ROOT);
    }

    /** The day the next meeting is due; absent once the pair closed the mentorship. */
    @JsonProperty
    public String getNextDue() {
        return pair.nextDue() == null ? null : pair.nextDue().toString();
    }

    /** The day the pair closed the mentorship; absent unless closed. */
    @JsonProperty
    public String getClosedOn() {
        return pair.closedOn() == null ? null : pair.closedOn().toString();
    }

    @JsonProperty
    public boolean isOverdue() {
        return pair.overdue();
    }

    @JsonProperty
    public boolean isStalled() {
        return pair.stalled();
    }

    @JsonProperty
    public String getStatus() {
        return pair.status().parameter();
    }

    @JsonProperty
    public String getLastMeeting() {
        return pair.figures().lastMeeting() == null ? null : pair.figures().lastMeeting().toString();
    }

    @JsonProperty
    public Integer getGoalsAwaitingAgreement() {
        return pair.goalsUnagreed();
    }

    @JsonProperty
    public int getOpenActionItems() {
        return pair.openItemCount();
    }

    /** The open action items assigned to the user, by meeting page, oldest meeting first. */
    @JsonProperty
    public List<MeetingItemsDto> getOpenActionItemPages() {
        return pair.openItems().stream().map(MeetingItemsDto::new).toList();
    }

    @JsonProperty
    public PulseDto getLastPulse() {
        return pair.lastPulse() == null ? null : new PulseDto(pair.lastPulse());
    }

    /** A meeting page with open action items assigned to the user: its id, its meeting's date and the count. */
    public static class MeetingItemsDto {

        private final MyPair.AssignedItems items;

        MeetingItemsDto(MyPair.AssignedItems items) {
            this.items = items;
        }

        @JsonProperty
        public long getPageId() {
            return items.pageId();
        }

        @JsonProperty
        public String getMeetingDate() {
            return items.meetingDate().toString();
        }

        @JsonProperty
        public int getCount() {
            return items.count();
        }
    }

    /** Both sides' pulses (1–5) of the latest meeting held. */
    public static class PulseDto {

        private final MyPair.LastPulse pulse;

        PulseDto(MyPair.LastPulse pulse) {
            this.pulse = pulse;
        }

        @JsonProperty
        public String getMeetingDate() {
            return pulse.meetingDate().toString();
        }

        @JsonProperty
        public Integer getMentee() {
            return pulse.mentee() == 0 ? null : pulse.mentee();
        }

        @JsonProperty
        public Integer getMentor() {
            return pulse.mentor() == 0 ? null : pulse.mentor();
        }
    }
}
