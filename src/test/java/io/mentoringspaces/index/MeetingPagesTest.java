package io.mentoringspaces.index;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.Namespace;
import com.atlassian.confluence.pages.Page;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.Test;

public class MeetingPagesTest {

    @Test
    public void shouldReadTheDateThatStartsTheTitle() {
        assertEquals(Optional.of(LocalDate.of(2026, 3, 16)), MeetingPages.dateFromTitle("2026-03-16 Mentoring meeting"));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 16)), MeetingPages.dateFromTitle("2026-03-16 Mentoring meeting (2)"));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 16)), MeetingPages.dateFromTitle("2026-03-16"));
    }

    @Test
    public void shouldFindNoDateInOtherTitles() {
        assertEquals(Optional.empty(), MeetingPages.dateFromTitle("Mentoring meeting 2026-03-16"));
        assertEquals(Optional.empty(), MeetingPages.dateFromTitle("2026-02-30 Mentoring meeting"));
        assertEquals(Optional.empty(), MeetingPages.dateFromTitle("2026-03-161 Mentoring meeting"));
        assertEquals(Optional.empty(), MeetingPages.dateFromTitle(null));
    }

    @Test
    public void shouldRecogniseMeetingsAndTheGrowthPlanByTheirGlobalLabels() {
        Page meeting = new Page();
        meeting.getLabels().add(new Label("mentoring-meeting", Namespace.GLOBAL));
        Page teamLabelled = new Page();
        teamLabelled.getLabels().add(new Label("mentoring-meeting", Namespace.TEAM));
        Page plan = new Page();
        plan.getLabels().add(new Label("mentoring-growth-plan"));

        assertTrue(MeetingPages.isMeeting(meeting));
        assertFalse(MeetingPages.isMeeting(teamLabelled));
        assertFalse(MeetingPages.isGrowthPlan(meeting));
        assertTrue(MeetingPages.isGrowthPlan(plan));
    }

    @Test
    public void shouldCutLongTitlesToTheLinksLength() {
        assertEquals(255, MeetingPages.linkTitle("2026-03-16 " + "x".repeat(300)).length());
        assertEquals("2026-03-16 Meeting", MeetingPages.linkTitle("  2026-03-16 Meeting "));
    }
}
