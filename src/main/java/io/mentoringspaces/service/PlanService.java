package io.mentoringspaces.service;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.ao.ProgrammeEntity;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingArrangement;
import io.mentoringspaces.model.NewPlan;
import io.mentoringspaces.model.PlanStatus;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Creates growth plans for mentoring spaces, answers the mentor's invitation and changes who mentors, how
 * often, when and where the pair meets.
 */
public class PlanService {

    /** The field names of an arrangement, as the space wizard and the REST API name them. */
    public static final String MEETING_TIME_FIELD = "meetingTime";
    public static final String MEETING_DURATION_FIELD = "meetingDuration";
    public static final String MEETING_PLACE_FIELD = "meetingPlace";

    private static final Pattern MEETING_TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    private static final Pattern LINK_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private final ActiveObjects ao;
    private final Changes changes;
    private final Clock clock;
    private final PlanFiguresKeeper figures;

    public PlanService(ActiveObjects ao, Changes changes, Clock clock) {
        this.ao = ao;
        this.changes = changes;
        this.clock = clock;
        this.figures = new PlanFiguresKeeper(ao, clock.getZone());
    }

    /**
     * Creates the plan of a new mentoring space in an active programme, its mentor invited: the plan is
     * {@link PlanStatus#INVITED} until the mentor accepts. A space key whose plan is
     * archived (its space was removed) can be used again: that plan then keeps its rows under the key
     * {@code <space key>~<plan id>}.
     */
    public GrowthPlan create(NewPlan plan) {
        String spaceKey = Validate.required("spaceKey", plan.spaceKey(), Limits.SPACE_KEY);
        String programmeKey = Validate.matching("programme", plan.programmeKey(), Limits.PROGRAMME_KEY,
                "mentoring.error.programme.key");
        String menteeKey = Validate.required("mentee", plan.menteeKey(), Limits.USER_KEY);
        String mentorKey = Validate.required("mentor", plan.mentorKey(), Limits.USER_KEY);
        String menteeName = Validate.optional("mentee", plan.menteeName(), Limits.USER_NAME);
        String mentorName = Validate.optional("mentor", plan.mentorName(), Limits.USER_NAME);
        if (menteeKey.equals(mentorKey)) {
            throw new InvalidInputException("mentor", "mentoring.error.mentor.is.mentee");
        }
        String startDate = Validate.date("startDate", plan.startDate()).toString();
        Cadence cadence = Validate.present("cadence", plan.cadence());
        MeetingArrangement arrangement = valid(plan.arrangement());
        return changes.run(() -> {
            ProgrammeEntity[] programmes = ao.find(ProgrammeEntity.class,
                    Query.select().where("PROGRAMME_KEY = ?", programmeKey));
            if (programmes.length == 0 || programmes[0].isArchived()) {
                throw new NotFoundException("programme", "mentoring.error.programme.unknown");
            }
            GrowthPlanEntity previous = findEntity(spaceKey);
            if (previous != null && !PlanStatus.ARCHIVED.name().equals(previous.getStatus())) {
                throw new ConflictException("spaceKey", "mentoring.error.plan.exists", spaceKey);
            }
            if (previous != null) {
                // The space was removed and a new one took its key: the old plan keeps its figures under
                // a key no space can have.
                previous.setSpaceKey(spaceKey + "~" + previous.getID());
                previous.save();
            }
            GrowthPlanEntity e = ao.create(GrowthPlanEntity.class,
                    new DBParam("SPACE_KEY", spaceKey),
                    new DBParam("PROGRAMME_ID", programmes[0].getID()),
                    new DBParam("MENTEE_KEY", menteeKey),
                    new DBParam("MENTOR_KEY", mentorKey),
                    new DBParam("START_DATE", startDate),
                    new DBParam("CADENCE", cadence.name()),
                    new DBParam("STATUS", PlanStatus.INVITED.name()),
                    new DBParam("CREATED_AT", Date.from(clock.instant())),
                    new DBParam("INVITED_AT", Date.from(clock.instant())),
                    new DBParam("REVISION", 0),
                    new DBParam("GOALS_TOTAL", 0),
                    new DBParam("GOALS_ACHIEVED", 0),
                    new DBParam("PROGRESS_SUM", 0),
                    new DBParam("CHECKLIST_ITEMS", 0),
                    new DBParam("CHECKLIST_DONE", 0),
                    new DBParam("REPORT_FIGURES", ReportFigures.NONE));
            e.setMenteeName(menteeName);
            e.setMentorName(mentorName);
            e.setMeetingDates("");
            e.setGoalAchievedDates("");
            e.setHeldDates("");
            setArrangement(e, arrangement);
            e.save();
            return Mapping.plan(e);
        });
    }

    public Optional<GrowthPlan> findBySpaceKey(String spaceKey) {
        if (spaceKey == null || spaceKey.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(findEntity(spaceKey.strip())).map(Mapping::plan);
    }

    public GrowthPlan getBySpaceKey(String spaceKey) {
        return findBySpaceKey(spaceKey).orElseThrow(() -> new NotFoundException("spaceKey", "mentoring.error.plan.unknown"));
    }

    public Optional<GrowthPlan> findById(int planId) {
        return Optional.ofNullable(ao.get(GrowthPlanEntity.class, planId)).map(Mapping::plan);
    }

    /**
     * The mentor accepts the invitation: the plan becomes active, and its cadence counts from today when
     * that is after the start date. Refused unless the plan is invited and its mentor has not declined.
     */
    public GrowthPlan accept(int planId) {
        return changes.run(() -> {
            GrowthPlanEntity e = openInvitation(planId);
            e.setStatus(PlanStatus.ACTIVE.name());
            e.setAcceptedOn(LocalDate.now(clock).toString());
            e.setSeriesSequence(e.getSeriesSequence() + 1);
            e.save();
            return Mapping.plan(e);
        });
    }

    /**
     * The mentor declines the invitation, with an optional reason (at most {@link Limits#DECLINE_REASON}
     * characters) that only the mentee is shown; the plan stays invited until the mentee names another
     * mentor. Refused unless the plan is invited and its mentor has not declined yet.
     */
    public GrowthPlan decline(int planId, String reason) {
        String text = Validate.optional("reason", reason, Limits.DECLINE_REASON);
        return changes.run(() -> {
            GrowthPlanEntity e = openInvitation(planId);
            e.setDeclinedAt(Date.from(clock.instant()));
            e.setDeclineReason(text);
            e.save();
            return Mapping.plan(e);
        });
    }

    /**
     * Invites another mentor in place of the plan's mentor, while the plan is invited (whether or not
     * that mentor declined): the earlier decline is forgotten. {@code alongside} gets the plan as it was
     * and runs in the same transaction, so that what it changes (the space's permissions) and the plan
     * change together or not at all.
     */
    public GrowthPlan inviteAnotherMentor(int planId, String mentorKey, String mentorName, Consumer<GrowthPlan> alongside) {
        String key = Validate.required("mentor", mentorKey, Limits.USER_KEY);
        String name = Validate.optional("mentor", mentorName, Limits.USER_NAME);
        return changes.run(() -> {
            GrowthPlanEntity e = figures.lock(planId);
            if (!PlanStatus.INVITED.name().equals(e.getStatus())) {
                throw new ConflictException("status", "mentoring.error.invitation.closed");
            }
            if (key.equals(e.getMenteeKey())) {
                throw new InvalidInputException("mentor", "mentoring.error.mentor.is.mentee");
            }
            if (key.equals(e.getMentorKey())) {
                throw new InvalidInputException("mentor", "mentoring.error.mentor.same");
            }
            GrowthPlan previous = Mapping.plan(e);
            e.setMentorKey(key);
            e.setMentorName(name);
            e.setInvitedAt(Date.from(clock.instant()));
            e.setDeclinedAt(null);
            e.setDeclineReason(null);
            e.save();
            alongside.accept(previous);
            return Mapping.plan(e);
        });
    }

    /** The plan, locked, when it is invited and its mentor has not declined. */
    private GrowthPlanEntity openInvitation(int planId) {
        GrowthPlanEntity e = figures.lock(planId);
        if (!PlanStatus.INVITED.name().equals(e.getStatus()) || e.getDeclinedAt() != null) {
            throw new ConflictException("status", "mentoring.error.invitation.closed");
        }
        return e;
    }

    /** Changes how often the pair agreed to meet. */
    public GrowthPlan updateCadence(int planId, Cadence cadence) {
        Cadence value = Validate.present("cadence", cadence);
        return changes.run(() -> {
            GrowthPlanEntity e = figures.lock(planId);
            e.setCadence(value.name());
            e.setSeriesSequence(e.getSeriesSequence() + 1);
            e.save();
            return Mapping.plan(e);
        });
    }

    /** Changes when, how long and where the pair meets; the figures that depend on the meeting time follow. */
    public GrowthPlan updateArrangement(int planId, MeetingArrangement arrangement) {
        MeetingArrangement value = valid(arrangement);
        return changes.run(() -> {
            GrowthPlanEntity e = figures.lock(planId);
            setArrangement(e, value);
            e.setSeriesSequence(e.getSeriesSequence() + 1);
            e.save();
            figures.meetingsChanged(e);
            return Mapping.plan(e);
        });
    }

    /**
     * Reads an arrangement as the space wizard submits it: {@code time} as {@code HH:mm} (blank: none),
     * {@code minutes} 15–480 (null: 60), {@code place} at most 255 characters (blank: none), where a text
     * that starts like a link (a scheme and a colon, as in {@code https:} or {@code mailto:}) must be an
     * http or https address. The first refusal names its field: {@code meetingTime},
     * {@code meetingDuration} or {@code meetingPlace}.
     */
    public static MeetingArrangement arrangement(String time, Integer minutes, String place) {
        return valid(new MeetingArrangement(time(time), minutes == null ? MeetingArrangement.DEFAULT_MINUTES : minutes, place));
    }

    /**
     * Reads an arrangement as {@link #arrangement(String, Integer, String)} does, but answers every
     * refused field at once, together with what {@code checks} holds already (a length that was not a
     * number, say): a length refused there is not checked again.
     */
    public static MeetingArrangement arrangement(String time, Integer minutes, String place, FieldChecks checks) {
        LocalTime at = checks.check(() -> time(time));
        Integer length = checks.refused(MEETING_DURATION_FIELD) ? null
                : checks.check(() -> minutes(minutes == null ? MeetingArrangement.DEFAULT_MINUTES : minutes));
        String where = checks.check(() -> place(place));
        checks.throwIfAny();
        return new MeetingArrangement(at, length, where);
    }

    private static MeetingArrangement valid(MeetingArrangement arrangement) {
        MeetingArrangement value = Validate.present("arrangement", arrangement);
        int minutes = minutes(value.minutes());
        String place = place(value.place());
        LocalTime time = value.time() == null ? null : value.time().withSecond(0).withNano(0);
        return new MeetingArrangement(time, minutes, place);
    }

    /** A time of day written {@code HH:mm}, or null when blank. */
    private static LocalTime time(String time) {
        if (time == null || time.isBlank()) {
            return null;
        }
        if (!MEETING_TIME.matcher(time.strip()).matches()) {
            throw new InvalidInputException(MEETING_TIME_FIELD, "mentoring.error.meeting.time", new FieldName(MEETING_TIME_FIELD));
        }
        return LocalTime.parse(time.strip());
    }

    private static int minutes(int minutes) {
        if (minutes < Limits.MEETING_MINUTES_MIN || minutes > Limits.MEETING_MINUTES_MAX) {
            throw new InvalidInputException(MEETING_DURATION_FIELD, "mentoring.error.meeting.duration",
                    new FieldName(MEETING_DURATION_FIELD), Limits.MEETING_MINUTES_MIN, Limits.MEETING_MINUTES_MAX);
        }
        return minutes;
    }

    /** A place or a web address, or null when blank. */
    private static String place(String text) {
        String place = Validate.optional(MEETING_PLACE_FIELD, text, Limits.MEETING_PLACE);
        if (place != null && LINK_SCHEME.matcher(place).lookingAt() && !webAddress(place)) {
            throw new InvalidInputException(MEETING_PLACE_FIELD, "mentoring.error.meeting.place.link",
                    new FieldName(MEETING_PLACE_FIELD));
        }
        return place;
    }

    /** An absolute http or https address with a host. */
    private static boolean webAddress(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void setArrangement(GrowthPlanEntity e, MeetingArrangement arrangement) {
        e.setMeetingTime(arrangement.time() == null ? null : arrangement.time().format(HOURS_MINUTES));
        e.setMeetingMinutes(arrangement.minutes());
        e.setMeetingPlace(arrangement.place());
    }

    /**
     * The mentee or mentor ({@code userKey}) closes the mentorship from its closing review page: the plan
     * becomes {@link PlanStatus#CLOSED} as of today, its figures stay as they are and its meeting series
     * ends. Refused unless the plan is active.
     */
    public GrowthPlan close(int planId, String userKey, long reviewPageId) {
        String closedBy = Validate.required("user", userKey, Limits.USER_KEY);
        if (reviewPageId <= 0) {
            throw new InvalidInputException("pageId", "mentoring.error.page.id", new FieldName("pageId"));
        }
        return changes.run(() -> {
            GrowthPlanEntity e = figures.lockAny(planId);
            if (!PlanStatus.ACTIVE.name().equals(e.getStatus())) {
                throw new ConflictException("status", "mentoring.error.plan.close.status");
            }
            e.setStatus(PlanStatus.CLOSED.name());
            e.setClosedOn(LocalDate.now(clock).toString());
            e.setClosedBy(closedBy);
            e.setClosingPageId(reviewPageId);
            e.setSeriesSequence(e.getSeriesSequence() + 1);
            e.save();
            return Mapping.plan(e);
        });
    }

    /**
     * Reopens a closed mentorship: the plan is active again, its figures counted as of today, its cadence
     * from where it counted before. Refused unless the plan is closed.
     */
    public GrowthPlan reopen(int planId) {
        return changes.run(() -> {
            GrowthPlanEntity e = figures.lockAny(planId);
            if (!PlanStatus.CLOSED.name().equals(e.getStatus())) {
                throw new ConflictException("status", "mentoring.error.plan.reopen.status");
            }
            e.setStatus(PlanStatus.ACTIVE.name());
            e.setClosedOn(null);
            e.setClosedBy(null);
            e.setClosingPageId(0L);
            e.setSeriesSequence(e.getSeriesSequence() + 1);
            e.save();
            return Mapping.plan(e);
        });
    }

    /** Marks the plan archived (its space was removed); everything linked to it is kept. */
    public GrowthPlan archive(int planId) {
        return setStatus(planId, PlanStatus.ARCHIVED);
    }

    public GrowthPlan reactivate(int planId) {
        return setStatus(planId, PlanStatus.ACTIVE);
    }

    /** Records the space's Meetings page, the parent of the meeting pages the space's button creates. */
    public GrowthPlan recordMeetingsPage(int planId, long pageId) {
        if (pageId <= 0) {
            throw new InvalidInputException("meetingsPageId", "mentoring.error.page.id", new FieldName("meetingsPageId"));
        }
        return changes.run(() -> {
            GrowthPlanEntity e = figures.lock(planId);
            e.setMeetingsPageId(pageId);
            e.save();
            return Mapping.plan(e);
        });
    }

    private GrowthPlan setStatus(int planId, PlanStatus status) {
        return changes.run(() -> {
            GrowthPlanEntity e = figures.lockAny(planId);
            e.setStatus(status.name());
            e.save();
            return Mapping.plan(e);
        });
    }

    private GrowthPlanEntity findEntity(String spaceKey) {
        GrowthPlanEntity[] found = ao.find(GrowthPlanEntity.class, Query.select().where("SPACE_KEY = ?", spaceKey));
        return found.length == 0 ? null : found[0];
    }
}
