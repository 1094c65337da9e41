package io.mentoringspaces.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.NewPlan;
import io.mentoringspaces.model.PlanFigures;
import io.mentoringspaces.model.PlanStatus;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.testsupport.DatabaseTest;
import java.time.LocalDate;
import java.util.List;
import net.java.ao.Query;
import org.junit.Test;

public class PlanServiceTest extends DatabaseTest {

    private static NewPlan newPlan(String spaceKey, String programme, String mentee, String mentor, LocalDate start) {
        return new NewPlan(spaceKey, programme, mentee, "Mentee Name", mentor, "Mentor Name", start, Cadence.FORTNIGHTLY);
    }

    private int planRows() {
        return ao.count(GrowthPlanEntity.class, Query.select());
    }

    @Test
    public void shouldCreateAPlanWithEmptyFigures() {
        Programme programme = givenProgramme("grad");

        GrowthPlan plan = plans.create(newPlan("MENT", "grad", "u-mentee", "u-mentor", LocalDate.of(2026, 1, 12)));

        assertEquals(plan, plans.getBySpaceKey("MENT"));
        assertEquals(programme.id(), plan.programmeId());
        assertEquals("u-mentee", plan.menteeKey());
        assertEquals("Mentee Name", plan.menteeName());
        assertEquals("u-mentor", plan.mentorKey());
        assertEquals(LocalDate.of(2026, 1, 12), plan.startDate());
        assertEquals(Cadence.FORTNIGHTLY, plan.cadence());
        assertEquals(PlanStatus.ACTIVE, plan.status());
        assertEquals(new PlanFigures(0, 0, 0, 0, 0, List.of()), plan.figures());
    }

    @Test
    public void shouldRecordTheSpacesMeetingsPageAndRefuseAPageIdThatIsNone() {
        givenProgramme("grad");
        GrowthPlan plan = plans.create(newPlan("MENT", "grad", "a", "b", TODAY));
        assertEquals(0, plan.meetingsPageId());

        assertEquals(4711, plans.recordMeetingsPage(plan.id(), 4711).meetingsPageId());
        assertEquals(4711, plans.getBySpaceKey("MENT").meetingsPageId());
        assertEquals("meetingsPageId", assertThrows(InvalidInputException.class, () -> plans.recordMeetingsPage(plan.id(), 0))
                .getField());
    }

    @Test
    public void shouldRefuseASecondPlanForTheSameSpace() {
        givenProgramme("grad");
        plans.create(newPlan("MENT", "grad", "a", "b", TODAY));

        ConflictException e = assertThrows(ConflictException.class,
                () -> plans.create(newPlan("MENT", "grad", "c", "d", TODAY)));

        assertEquals("spaceKey", e.getField());
        assertEquals(1, planRows());
        assertEquals("a", plans.getBySpaceKey("MENT").menteeKey());
    }

    @Test
    public void shouldRefuseTheMenteeAsMentor() {
        givenProgramme("grad");

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> plans.create(newPlan("MENT", "grad", "same", "same", TODAY)));

        assertEquals("mentor", e.getField());
        assertEquals("The mentor cannot be the mentee.", e.getMessage());
        assertEquals(0, planRows());
    }

    @Test
    public void shouldRefuseAnUnknownOrArchivedProgramme() {
        givenProgramme("grad");
        programmes.archive("grad");

        assertEquals("programme", assertThrows(NotFoundException.class,
                () -> plans.create(newPlan("MENT", "grad", "a", "b", TODAY))).getField());
        assertEquals("programme", assertThrows(NotFoundException.class,
                () -> plans.create(newPlan("MENT", "other", "a", "b", TODAY))).getField());
        assertEquals(0, planRows());
    }

    @Test
    public void shouldRefuseStartDatesOutOfRange() {
        givenProgramme("grad");

        InvalidInputException early = assertThrows(InvalidInputException.class,
                () -> plans.create(newPlan("MENT", "grad", "a", "b", LocalDate.of(1999, 12, 31))));
        InvalidInputException late = assertThrows(InvalidInputException.class,
                () -> plans.create(newPlan("MENT", "grad", "a", "b", LocalDate.of(2100, 1, 1))));
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> plans.create(newPlan("MENT", "grad", "a", "b", null)));

        assertEquals("Start date must be between 2000-01-01 and 2099-12-31.", early.getMessage());
        assertEquals("startDate", late.getField());
        assertEquals("Start date is required.", missing.getMessage());
        assertEquals(0, planRows());
    }

    @Test
    public void shouldRefuseMissingPeopleAndCadence() {
        givenProgramme("grad");

        assertEquals("mentee", assertThrows(InvalidInputException.class,
                () -> plans.create(newPlan("MENT", "grad", " ", "b", TODAY))).getField());
        assertEquals("mentor", assertThrows(InvalidInputException.class,
                () -> plans.create(newPlan("MENT", "grad", "a", null, TODAY))).getField());
        assertEquals("cadence", assertThrows(InvalidInputException.class,
                () -> plans.create(new NewPlan("MENT", "grad", "a", null, "b", null, TODAY, null))).getField());
        assertEquals("spaceKey", assertThrows(InvalidInputException.class,
                () -> plans.create(newPlan("", "grad", "a", "b", TODAY))).getField());
    }

    @Test
    public void shouldChangeTheMentorButNeverToTheMentee() {
        GrowthPlan plan = givenPlan("MENT");

        GrowthPlan changed = plans.updateMentor(plan.id(), "u-new", "New Mentor");

        assertEquals("u-new", changed.mentorKey());
        assertEquals("New Mentor", plans.getBySpaceKey("MENT").mentorName());
        assertThrows(InvalidInputException.class, () -> plans.updateMentor(plan.id(), plan.menteeKey(), "x"));
        assertEquals("u-new", plans.getBySpaceKey("MENT").mentorKey());
    }

    @Test
    public void shouldChangeTheCadence() {
        GrowthPlan plan = givenPlan("MENT");

        plans.updateCadence(plan.id(), Cadence.MONTHLY);

        assertEquals(Cadence.MONTHLY, plans.getBySpaceKey("MENT").cadence());
    }

    @Test
    public void shouldArchiveAndReactivateAPlan() {
        GrowthPlan plan = givenPlan("MENT");

        assertEquals(PlanStatus.ARCHIVED, plans.archive(plan.id()).status());
        assertEquals(PlanStatus.ARCHIVED, plans.getBySpaceKey("MENT").status());
        assertEquals(PlanStatus.ACTIVE, plans.reactivate(plan.id()).status());
    }

    @Test
    public void shouldRefuseChangesToAnUnknownPlan() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> plans.updateCadence(4711, Cadence.WEEKLY));

        assertEquals("This space has no growth plan.", e.getMessage());
    }

    @Test
    public void shouldFindNoPlanForBlankOrUnknownSpaces() {
        givenPlan("MENT");

        assertTrue(plans.findBySpaceKey(null).isEmpty());
        assertTrue(plans.findBySpaceKey(" ").isEmpty());
        assertTrue(plans.findBySpaceKey("OTHER").isEmpty());
        assertTrue(plans.findById(4711).isEmpty());
    }

    @Test
    public void shouldGiveTheKeyOfARemovedSpacesArchivedPlanToANewSpaceOfTheSameKey() {
        GrowthPlan removed = givenPlan("MENT");
        plans.archive(removed.id());

        GrowthPlan reused = plans.create(newPlan("MENT", "default-programme", "u-new-mentee", "u-new-mentor", TODAY));

        assertEquals(reused, plans.getBySpaceKey("MENT"));
        GrowthPlan kept = plans.findById(removed.id()).orElseThrow();
        assertEquals("MENT~" + removed.id(), kept.spaceKey());
        assertEquals(PlanStatus.ARCHIVED, kept.status());
        assertEquals(2, planRows());
    }
}
