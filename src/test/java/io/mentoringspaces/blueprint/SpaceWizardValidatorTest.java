package io.mentoringspaces.blueprint;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.confluence.TestUser;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.CoordinatorAccess;
import io.mentoringspaces.model.MeetingArrangement;
import io.mentoringspaces.model.ProgrammeInput;
import io.mentoringspaces.service.InvalidInputException;
import io.mentoringspaces.testsupport.DatabaseTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The Mentoring space wizard's checks, by the app's validator started in the test Confluence. */
public class SpaceWizardValidatorTest extends DatabaseTest {

    private ConfluenceDouble confluence;
    private TestUser mia;
    private SpaceWizardValidator validator;

    @Before
    public void givenAProgrammeAndUsers() {
        confluence = new ConfluenceDouble(CLOCK);
        confluence.startApp(ao);
        mia = confluence.user("mia", "Mia Mentee");
        confluence.user("max", "Max Mentor");
        programmes.create(new ProgrammeInput("grad", "Graduates", null, null, Cadence.MONTHLY, CoordinatorAccess.METRICS_ONLY));
        programmes.create(new ProgrammeInput("old", "Old", null, null, Cadence.WEEKLY, CoordinatorAccess.METRICS_ONLY));
        programmes.archive("old");
        validator = confluence.app().bean("spaceWizardValidator", SpaceWizardValidator.class);
    }

    @After
    public void stopConfluence() {
        confluence.close();
    }

    private static Map<String, Object> fields(String... pairs) {
        Map<String, Object> fields = new HashMap<>(Map.of("programme", "grad", "mentor", "max"));
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    private String refusedField(Map<String, Object> fields) {
        return assertThrows(InvalidInputException.class, () -> validator.validate(fields, mia)).getField();
    }

    @Test
    public void shouldFillInTheCreatorTodayAndTheProgrammesCadence() {
        SpaceWizardInput input = validator.validate(fields("objectives", "Speak up\n\n  Learn SQL \nspeak UP"), mia);

        assertEquals("mia", input.mentee().getName());
        assertEquals("max", input.mentor().getName());
        assertEquals(TODAY, input.startDate());
        assertEquals(Cadence.MONTHLY, input.cadence());
        assertEquals(List.of("Speak up", "Learn SQL"), input.objectives());
    }

    @Test
    public void shouldTakeWhatTheWizardSays() {
        SpaceWizardInput input = validator.validate(fields("mentee", "max", "mentor", "mia", "startDate", "2026-04-01",
                "cadence", "fortnightly"), mia);

        assertEquals("max", input.mentee().getName());
        assertEquals(LocalDate.of(2026, 4, 1), input.startDate());
        assertEquals(Cadence.FORTNIGHTLY, input.cadence());
    }

    @Test
    public void shouldAcceptTheDefaultProgrammeBeforeItExists() {
        assertEquals("default", validator.validate(fields("programme", "default"), mia).programmeKey());
        assertEquals(Cadence.WEEKLY, validator.validate(fields("programme", "default"), mia).cadence());
    }

    @Test
    public void shouldRefuseEachBadFieldNamingIt() {
        assertEquals("mentor", refusedField(fields("mentor", "nobody")));
        assertEquals("mentee", refusedField(fields("mentee", "ghost")));
        assertEquals("mentor", refusedField(fields("mentor", "mia")));
        assertEquals("mentor", refusedField(fields("mentor", "")));
        assertEquals("startDate", refusedField(fields("startDate", "16/03/2026")));
        assertEquals("startDate", refusedField(fields("startDate", "1999-12-31")));
        assertEquals("programme", refusedField(fields("programme", "nope")));
        assertEquals("programme", refusedField(fields("programme", "old")));
        assertEquals("programme", refusedField(fields("programme", " ")));
        assertEquals("cadence", refusedField(fields("cadence", "daily")));
        assertEquals("objectives", refusedField(fields("objectives", "x".repeat(256))));
    }

    /** Issue 10, finding 4: the wizard accepted these, and the growth-plan page written from them was not well-formed. */
    @Test
    public void shouldRefuseControlCharactersAndNonCharactersInFirstObjectives() {
        for (String bad : List.of("\u0001", "\u001b", "\ufffe", "\uffff", "\u0000", "\u007f", "\u0085", "\ud800")) {
            InvalidInputException e = assertThrows(bad, InvalidInputException.class,
                    () -> validator.validate(fields("objectives", "Speak up\nLearn" + bad + " SQL"), mia));
            assertEquals("objectives", e.getField());
            assertEquals("First objectives holds a character that is not allowed: a control character (other than tab or line "
                    + "break) or a character that cannot be stored.", e.getMessage());
        }
    }

    @Test
    public void shouldTakeObjectivesWithTabsLineEndsOfEveryKindAndCharactersBeyondTheBasicPlane() {
        assertEquals(List.of("Speak\tup", "Learn \ud83d\ude80 SQL", "Lead"),
                validator.validate(fields("objectives", "Speak\tup\r\nLearn \ud83d\ude80 SQL\nLead"), mia).objectives());
    }

    @Test
    public void shouldRefuseControlCharactersInEveryOtherFieldNamingIt() {
        for (String field : List.of("programme", "mentor", "mentee", "startDate", "cadence")) {
            assertEquals(field, refusedField(fields(field, "max\u0001")));
        }
    }

    @Test
    public void shouldRefuseFieldsLongerThanTheirLimit() {
        assertEquals("mentor", refusedField(fields("mentor", "m".repeat(256))));
        assertEquals("objectives", refusedField(fields("objectives", "Speak up\n".repeat(6000))));
    }

    @Test
    public void shouldSayWhenADateIsNotADayOfTheCalendar() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> validator.validate(fields("startDate", "2026-02-30"), mia));

        assertEquals("startDate", e.getField());
        assertEquals("Start date: 2026-02-30 is not a day of the calendar.", e.getMessage());
    }

    @Test
    public void shouldSayWhichUserIsUnknownInTheMessage() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> validator.validate(fields("mentor", "nobody"), mia));

        assertEquals("Mentor: there is no such user.", e.getMessage());
    }

    @Test
    public void shouldTakeTheAgreedMeetingTimeLengthAndPlace() {
        SpaceWizardInput input = validator.validate(fields("meetingTime", " 09:30 ", "meetingDuration", "45",
                "meetingPlace", "https://meet.example.com/mia-max"), mia);

        assertEquals(new MeetingArrangement(LocalTime.of(9, 30), 45, "https://meet.example.com/mia-max"), input.arrangement());
    }

    @Test
    public void shouldAgreeOnNothingButAnHourWhenTheArrangementIsLeftBlank() {
        SpaceWizardInput input = validator.validate(fields("meetingTime", "", "meetingDuration", " ", "meetingPlace", ""), mia);

        assertEquals(MeetingArrangement.NONE, input.arrangement());
        assertEquals(new MeetingArrangement(null, 60, "Room 4.12"), validator.validate(fields("meetingPlace", "Room 4.12"), mia)
                .arrangement());
    }

    @Test
    public void shouldRefuseAnArrangementThatIsNotATimeALengthOrASafePlace() {
        for (String time : List.of("9:30", "24:00", "09:60", "half past nine")) {
            assertEquals(time, "meetingTime", refusedField(fields("meetingTime", time)));
        }
        for (String minutes : List.of("14", "481", "-30", "1.5", "an hour", "99999")) {
            assertEquals(minutes, "meetingDuration", refusedField(fields("meetingDuration", minutes)));
        }
        for (String place : List.of("javascript:alert(1)", "ftp://files.example.com", "https://", "x".repeat(256))) {
            assertEquals(place, "meetingPlace", refusedField(fields("meetingPlace", place)));
        }
    }
}
