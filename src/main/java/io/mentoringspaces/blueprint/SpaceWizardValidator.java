package io.mentoringspaces.blueprint;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.MeetingArrangement;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.service.FieldName;
import io.mentoringspaces.service.InputGate;
import io.mentoringspaces.service.InvalidInputException;
import io.mentoringspaces.service.Limits;
import io.mentoringspaces.service.PlanService;
import io.mentoringspaces.service.ProgrammeService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the Mentoring space wizard's fields, for the wizard (through REST, before the space is
 * created) and again when the space is set up. Each refusal is an {@link InvalidInputException} naming
 * the field at fault. Every field the wizards' code reads passes the {@link InputGate} ({@link #text}).
 */
public class SpaceWizardValidator {

    /** How long each wizard field may be; any other at most {@link Limits#PARAMETER} characters. */
    private static final Map<String, Integer> LENGTHS = Map.of(WizardFields.OBJECTIVES, Limits.OBJECTIVES,
            WizardFields.AIMS, Limits.AIMS);
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final ProgrammeService programmes;
    private final UserAccessor userAccessor;
    private final Clock clock;

    public SpaceWizardValidator(ProgrammeService programmes, UserAccessor userAccessor, Clock clock) {
        this.programmes = programmes;
        this.userAccessor = userAccessor;
        this.clock = clock;
    }

    /** Checks the submitted fields; a blank mentee is {@code creator}, a blank start date today. */
    public SpaceWizardInput validate(Map<String, ?> fields, ConfluenceUser creator) {
        String programmeKey = text(fields, WizardFields.PROGRAMME);
        if (programmeKey == null) {
            throw new InvalidInputException(WizardFields.PROGRAMME, "mentoring.error.required", new FieldName(WizardFields.PROGRAMME));
        }
        Optional<Programme> programme = programmes.findByKey(programmeKey);
        boolean isDefault = ProgrammeService.DEFAULT_KEY.equals(programmeKey);
        if (!isDefault && (programme.isEmpty() || programme.get().archived())) {
            throw new InvalidInputException(WizardFields.PROGRAMME, "mentoring.error.programme.unknown");
        }
        ConfluenceUser mentor = user(fields, WizardFields.MENTOR, null);
        ConfluenceUser mentee = user(fields, WizardFields.MENTEE, creator);
        if (mentor.getKey().equals(mentee.getKey())) {
            throw new InvalidInputException(WizardFields.MENTOR, "mentoring.error.mentor.is.mentee");
        }
        LocalDate startDate = date(fields, WizardFields.START_DATE, LocalDate.now(clock));
        Cadence defaultCadence = programme.map(Programme::defaultCadence).orElse(Cadence.WEEKLY);
        Cadence cadence = cadence(text(fields, WizardFields.CADENCE), defaultCadence);
        MeetingArrangement arrangement = PlanService.arrangement(text(fields, WizardFields.MEETING_TIME),
                minutes(text(fields, WizardFields.MEETING_DURATION)), text(fields, WizardFields.MEETING_PLACE));
        return new SpaceWizardInput(programmeKey, mentee, mentor, startDate, cadence, arrangement,
                objectives(text(fields, WizardFields.OBJECTIVES)));
    }

    /** The meeting length as typed: whole minutes, or null when blank. */
    private static Integer minutes(String text) {
        if (text == null) {
            return null;
        }
        if (!text.matches("\\d{1,4}")) {
            throw new InvalidInputException(WizardFields.MEETING_DURATION, "mentoring.error.meeting.duration",
                    new FieldName(WizardFields.MEETING_DURATION), Limits.MEETING_MINUTES_MIN, Limits.MEETING_MINUTES_MAX);
        }
        return Integer.valueOf(text);
    }

    private ConfluenceUser user(Map<String, ?> fields, String field, ConfluenceUser fallback) {
        String name = text(fields, field);
        if (name == null) {
            if (fallback == null) {
                throw new InvalidInputException(field, "mentoring.error.required", new FieldName(field));
            }
            return fallback;
        }
        ConfluenceUser user = userAccessor.getUserByName(name);
        if (user == null) {
            throw new InvalidInputException(field, "mentoring.error.user.unknown", new FieldName(field));
        }
        return user;
    }

    /** A date field: yyyy-MM-dd between the app's limits, or {@code fallback} when blank. */
    static LocalDate date(Map<String, ?> fields, String field, LocalDate fallback) {
        String text = text(fields, field);
        if (text == null) {
            return fallback;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            if (DATE_SHAPE.matcher(text).matches()) {
                throw new InvalidInputException(field, "mentoring.error.date.invalid", new FieldName(field), text);
            }
            throw new InvalidInputException(field, "mentoring.error.date.format", new FieldName(field));
        }
        if (date.isBefore(Limits.EARLIEST_DATE) || date.isAfter(Limits.LATEST_DATE)) {
            throw new InvalidInputException(field, "mentoring.error.date.range", new FieldName(field),
                    Limits.EARLIEST_DATE.toString(), Limits.LATEST_DATE.toString());
        }
        return date;
    }

    private static Cadence cadence(String text, Cadence fallback) {
        if (text == null) {
            return fallback;
        }
        Cadence cadence = Cadence.parse(text);
        if (cadence == null) {
            throw new InvalidInputException(WizardFields.CADENCE, "mentoring.error.cadence.unknown", new FieldName(WizardFields.CADENCE));
        }
        return cadence;
    }

    /** The objectives, each short enough to be a goal title, and not more than a plan's goals. */
    private static List<String> objectives(String text) {
        List<String> objectives = objectiveLines(text);
        for (String objective : objectives) {
            if (objective.length() > Limits.GOAL_TITLE) {
                throw new InvalidInputException(WizardFields.OBJECTIVES, "mentoring.error.objective.too.long",
                        new FieldName(WizardFields.OBJECTIVES), Limits.GOAL_TITLE);
            }
        }
        if (objectives.size() > Limits.GOALS_PER_PLAN) {
            throw new InvalidInputException(WizardFields.OBJECTIVES, "mentoring.error.too.many.goals", Limits.GOALS_PER_PLAN);
        }
        return objectives;
    }

    /** One objective per non-blank line of {@code text} (null: none), trimmed, repeated ones (ignoring case) once. */
    static List<String> objectiveLines(String text) {
        List<String> objectives = new ArrayList<>();
        if (text == null) {
            return objectives;
        }
        Set<String> seen = new HashSet<>();
        for (String line : text.split("\\R")) {
            String objective = line.strip();
            if (!objective.isEmpty() && seen.add(objective.toLowerCase(Locale.ROOT))) {
                objectives.add(objective);
            }
        }
        return objectives;
    }

    /** A field's value as trimmed text, once it passed the {@link InputGate}; null when absent or blank. */
    static String text(Map<String, ?> fields, String field) {
        Object value = fields.get(field);
        if (value == null) {
            return null;
        }
        String text = InputGate.check(field, String.valueOf(value), LENGTHS.getOrDefault(field, Limits.PARAMETER)).strip();
        return text.isEmpty() ? null : text;
    }
}
