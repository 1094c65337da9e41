package io.mentoringspaces.rest;

import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingArrangement;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.model.MeetingState;
import io.mentoringspaces.model.PlanStatus;
import io.mentoringspaces.service.CadenceCalculator;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A pair's meetings as an iCalendar file (RFC 5545), written with ical4j.
 *
 * <ul>
 *   <li>The <em>series</em>: one recurring event from the plan's start date by its cadence (weekly, every
 *       two weeks, or monthly), at the agreed time for the agreed length, or all day when no time was
 *       agreed, at the agreed place. A monthly series started on the 29th, 30th or 31st falls on the last
 *       day of a shorter month, as the cadence rules say ({@link Cadence#after}): the rule takes the last of
 *       the days from the 28th to the start's day that the month has ({@code BYMONTHDAY=28,...;BYSETPOS=-1}).</li>
 *   <li>Every meeting page not in the trash: its own event on its effective date (a moved meeting on the
 *       day it was moved to), cancelled ones with {@code STATUS:CANCELLED}.</li>
 *   <li>No day shows twice: the series leaves out ({@code EXDATE}) each cadence slot that a meeting page
 *       falls in, by its page date or by the day it was moved to; a slot is the period from one date of
 *       the series to the next.</li>
 *   <li>A closed mentorship's series ends on the day it closed: its rule's {@code UNTIL} is that day for a
 *       series of whole days, else the last moment of that day in the server's time zone as a UTC time, as
 *       RFC 5545 wants of a series whose start has a time (section 3.3.10).</li>
 *   <li>Identifiers stay the same from one download to the next, so importing the file again updates the
 *       events instead of adding them again: the series is {@code <space key>-series-<plan id>@}
 *       {@value #DOMAIN}, a meeting {@code <space key>-meeting-<page id>@}{@value #DOMAIN}. The series carries
 *       the number of times it changed ({@code SEQUENCE}: accepted, new cadence or arrangement, closed,
 *       reopened), so that a calendar importing the file again takes the change.</li>
 *   <li>The agreed time is a time in the server's time zone: the events are in that zone, described by a
 *       {@code VTIMEZONE} from ical4j's zone database, or in UTC when the server runs on UTC, on a fixed
 *       offset or in a zone ical4j does not know.</li>
 * </ul>
 */
public final class MeetingCalendar {

    /** The domain the events' identifiers end with: the app's own. */
    public static final String DOMAIN = "mentoringspaces.io";

    private static final String PRODUCT = "-//Mentoring Spaces//Mentoring Spaces for Confluence//EN";
    /** A day as a {@code DATE} value of a recurrence rule. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    /** A UTC time as a {@code DATE-TIME} value of a recurrence rule. */
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /**
     * A meeting page the user may view: its title and address are shown; other meetings are named by
     * the summary the series has.
     */
    public record ViewablePage(String title, String url) {
    }

    private final ZoneId zone;
    private final TimeZone timeZone;
    private final Instant stamp;

    /** A calendar in {@code zone} (the server's), stamped as written at {@code stamp}. */
    public MeetingCalendar(ZoneId zone, Instant stamp) {
        this.stamp = stamp;
        TimeZone known = zone.normalized() instanceof ZoneOffset ? null
                : TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(zone.getId());
        this.timeZone = known;
        this.zone = zone;
    }

    /**
     * The calendar of the plan's meetings, {@code name} naming the calendar, {@code summary} the series and
     * the meetings on pages not in {@code viewable} (by page id).
     */
    public String write(GrowthPlan plan, List<MeetingLink> meetings, Map<Long, ViewablePage> viewable, String name,
            String summary) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        if (timeZone != null && plan.arrangement().time() != null) {
            calendar.add(timeZone.getVTimeZone());
        }
        List<MeetingLink> current = meetings.stream().filter(m -> !m.trashed())
                .sorted(Comparator.comparing(MeetingLink::effectiveDate).thenComparingLong(MeetingLink::pageId)).toList();
        calendar.add(series(plan, current, summary));
        for (MeetingLink meeting : current) {
            calendar.add(meeting(plan, meeting, viewable.get(meeting.pageId()), summary));
        }
        return calendar.toString();
    }

    private VEvent series(GrowthPlan plan, List<MeetingLink> meetings, String summary) {
        VEvent event = event(plan.arrangement(), plan.startDate(), summary,
                plan.spaceKey() + "-series-" + plan.id() + "@" + DOMAIN);
        event.add(new Sequence(plan.seriesSequence()));
        String rule = rule(plan.cadence(), plan.startDate());
        if (plan.status() == PlanStatus.CLOSED) {
            rule += ";UNTIL=" + until(plan.arrangement(), plan.closure().closedOn());
        }
        event.add(new RRule<>(new Recur<>(rule)));
        List<Temporal> left = new ArrayList<>();
        for (LocalDate slot : slotsTaken(plan, meetings)) {
            left.add(start(plan.arrangement(), slot));
        }
        if (!left.isEmpty()) {
            event.add(new ExDate<>(parameters(plan.arrangement()), new DateList<>(left)));
        }
        return event;
    }

    private VEvent meeting(GrowthPlan plan, MeetingLink meeting, ViewablePage page, String summary) {
        VEvent event = event(plan.arrangement(), meeting.effectiveDate(), page == null ? summary : page.title(),
                plan.spaceKey() + "-meeting-" + meeting.pageId() + "@" + DOMAIN);
        event.add(meeting.state() == MeetingState.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (page != null) {
            event.add(new Url(URI.create(page.url())));
        }
        Instant changed = meeting.stateAt() != null && meeting.stateAt().isAfter(meeting.updatedAt()) ? meeting.stateAt()
                : meeting.updatedAt();
        event.add(new LastModified(changed));
        return event;
    }

    private VEvent event(MeetingArrangement arrangement, LocalDate date, String summary, String uid) {
        TemporalAmount length = arrangement.time() == null ? java.time.Period.ofDays(1) : Duration.ofMinutes(arrangement.minutes());
        VEvent event = new VEvent(start(arrangement, date), length, summary);
        event.replace(new DtStamp(stamp));
        event.add(new Uid(uid));
        if (arrangement.place() != null) {
            event.add(new Location(arrangement.place()));
        }
        return event;
    }

    /** The start of a meeting on {@code date}: the day itself when no time was agreed. */
    private Temporal start(MeetingArrangement arrangement, LocalDate date) {
        if (arrangement.time() == null) {
            return date;
        }
        ZonedDateTime start = arrangement.start(date, zone);
        return timeZone == null ? start.toInstant() : start;
    }

    /**
     * The end of a series that ends on {@code day}, as its rule's {@code UNTIL}: the day itself for whole days,
     * else the last second of the day in the server's time zone, in UTC.
     */
    private String until(MeetingArrangement arrangement, LocalDate day) {
        if (arrangement.time() == null) {
            return DATE.format(day);
        }
        return UTC_TIME.format(day.plusDays(1).atStartOfDay(zone).minusSeconds(1).toInstant());
    }

    /** The parameters of the series' left-out dates: whole days, in the server's time zone, or in UTC. */
    private ParameterList parameters(MeetingArrangement arrangement) {
        if (arrangement.time() == null) {
            return new ParameterList(List.of(Value.DATE));
        }
        return timeZone == null ? new ParameterList() : new ParameterList(List.of(new TzId(zone.getId())));
    }

    /** The recurrence rule of the cadence from {@code start}, monthly dates clamped to the month's end. */
    private static String rule(Cadence cadence, LocalDate start) {
        return switch (cadence) {
            case WEEKLY -> "FREQ=WEEKLY";
            case FORTNIGHTLY -> "FREQ=WEEKLY;INTERVAL=2";
            case MONTHLY -> {
                if (start.getDayOfMonth() <= 28) {
                    yield "FREQ=MONTHLY";
                }
                StringBuilder days = new StringBuilder("28");
                for (int day = 29; day <= start.getDayOfMonth(); day++) {
                    days.append(',').append(day);
                }
                yield "FREQ=MONTHLY;BYMONTHDAY=" + days + ";BYSETPOS=-1";
            }
        };
    }

    /** The dates of the cadence slots that a meeting page falls in, by its page date or its moved-to date. */
    private static SortedSet<LocalDate> slotsTaken(GrowthPlan plan, List<MeetingLink> meetings) {
        SortedSet<LocalDate> slots = new TreeSet<>();
        for (MeetingLink meeting : meetings) {
            for (LocalDate date : List.of(meeting.meetingDate(), meeting.effectiveDate())) {
                int slot = CadenceCalculator.expectedMeetings(plan.startDate(), plan.cadence(), date);
                if (slot > 0) {
                    slots.add(plan.cadence().after(plan.startDate(), slot - 1L));
                }
            }
        }
        return slots;
    }
}
