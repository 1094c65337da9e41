package io.mentoringspaces.index;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import io.mentoringspaces.blueprint.BlueprintKeys;
import io.mentoringspaces.blueprint.WizardFields;
import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.testsupport.DatabaseTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The page index keeps when a meeting page was first saved with the session's aims written in its
 * meeting macro: the date of the first such version, whatever is saved after it; read through the one
 * storage reader from the versions the test Confluence publishes, on the real database.
 */
public class MeetingAimsIndexTest extends DatabaseTest {

    private static final Label MEETING = new Label("mentoring-meeting");

    /** A clock the test moves on between versions. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovingClock clock = new MovingClock(Instant.parse("2026-03-05T08:00:00Z"));
    private ConfluenceDouble confluence;
    private GrowthPlan plan;

    @Before
    public void givenAMentoringSpace() {
        confluence = new ConfluenceDouble(clock);
        confluence.startApp(ao);
        confluence.user("mia", "Mia Mentee");
        plan = givenPlan("MENT");
        confluence.space("MENT", "Mentoring");
        confluence.loginAs("mia");
    }

    @After
    public void stopConfluence() {
        confluence.loginAs(null);
        confluence.close();
    }

    private static String meetingMacro(String aims) {
        return "<h2>Aims</h2><ac:structured-macro ac:name=\"mentoring-meeting\"><ac:rich-text-body>" + aims
                + "</ac:rich-text-body></ac:structured-macro><h2>Agenda</h2><p>Anything</p>";
    }

    private MeetingLink link(Page page) {
        return meetings.findByPageId(page.getId()).orElseThrow();
    }

    @Test
    public void shouldKeepTheDateOfTheFirstVersionSavedWithAims() {
        Page page = confluence.editor().createPage("MENT", null, "2026-03-09 Mentoring meeting",
                meetingMacro("<p><ac:placeholder>Write the aims</ac:placeholder></p>"), MEETING);
        assertNull("no aims yet", link(page).aimsSavedAt());

        clock.now = Instant.parse("2026-03-06T09:30:00Z");
        confluence.editor().saveNewVersion(page, meetingMacro("<ul><li>Rehearse the talk</li></ul>"));
        clock.now = Instant.parse("2026-03-08T18:00:00Z");
        confluence.editor().saveNewVersion(page, meetingMacro("<ul><li>Rehearse the talk twice</li></ul>"));

        assertEquals(Instant.parse("2026-03-06T09:30:00Z"), link(page).aimsSavedAt());
        assertEquals(plan.id(), link(page).planId());
    }

    @Test
    public void shouldKeepTheDateWhenTheAimsAreEmptiedAndWrittenAgain() {
        Page page = confluence.editor().createPage("MENT", null, "2026-03-09 Mentoring meeting",
                meetingMacro("<p>Plan the next quarter</p>"), MEETING);
        clock.now = Instant.parse("2026-03-07T12:00:00Z");
        confluence.editor().saveNewVersion(page, meetingMacro("<p></p>"));
        confluence.editor().saveNewVersion(page, meetingMacro("<p>Plan the year</p>"));

        assertEquals(Instant.parse("2026-03-05T08:00:00Z"), link(page).aimsSavedAt());
    }

    @Test
    public void shouldNoteTheAimsOfAPageMadeFromTheMeetingBlueprint() {
        Page withAims = confluence.createContent().createPage(BlueprintKeys.MEETING_BLUEPRINT, confluence.space("MENT"), null,
                Map.of(WizardFields.MEETING_DATE, "2026-03-09", WizardFields.AIMS, "Agree the talk's outline"));
        Page without = confluence.createContent().createPage(BlueprintKeys.MEETING_BLUEPRINT, confluence.space("MENT"), null,
                Map.of(WizardFields.MEETING_DATE, "2026-03-16"));

        assertEquals(Instant.parse("2026-03-05T08:00:00Z"), link(withAims).aimsSavedAt());
        assertNull(link(without).aimsSavedAt());
    }

    @Test
    public void shouldNoteNoAimsForAMeetingPageWithoutTheMeetingMacro() {
        Page page = confluence.editor().createPage("MENT", null, "2026-03-09 Mentoring meeting", "<p>Aims: a talk</p>",
                MEETING);

        assertNull(link(page).aimsSavedAt());
    }
}
