package io.mentoringspaces.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When, how long and where a pair agreed to meet.
 *
 * @param time    the time of day the meetings start, or null when none was agreed
 * @param minutes how long a meeting lasts
 * @param place   a place or an http(s) link, or null when none was agreed
 */
public record MeetingArrangement(LocalTime time, int minutes, String place) {

    /** A meeting's length when none was agreed. */
    public static final int DEFAULT_MINUTES = 60;
    /** What a plan holds before the pair agrees on anything. */
    public static final MeetingArrangement NONE = new MeetingArrangement(null, DEFAULT_MINUTES, null);

    /** When a meeting on {@code date} starts in {@code zone}: at the agreed time, or at the start of the day without one. */
    public ZonedDateTime start(LocalDate date, ZoneId zone) {
        return time == null ? date.atStartOfDay(zone) : date.atTime(time).atZone(zone);
    }
}
