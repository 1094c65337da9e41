package io.mentoringspaces.upgrade;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ModelVersion;
import io.mentoringspaces.ao.NoticePreferenceEntity;
import io.mentoringspaces.ao.SentNoticeEntity;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.NoticeKind;
import io.mentoringspaces.model.NoticePreference;
import io.mentoringspaces.service.Changes;
import io.mentoringspaces.service.NoticePreferenceService;
import io.mentoringspaces.service.ReminderService;
import io.mentoringspaces.testsupport.DatabaseTest;
import java.util.List;
import net.java.ao.Query;
import org.junit.Test;

/** Model version 7 adds the reminder preferences, empty (every kind on), keeping every row. */
public class UpgradeTask007NoticePreferencesTest extends DatabaseTest {

    @Test
    public void shouldBeModelVersionSeven() {
        assertTrue(new UpgradeTask007NoticePreferences().getModelVersion().isSame(ModelVersion.valueOf("7")));
    }

    @Test
    public void shouldKeepPlansSentNoticesAndPreferencesWhenRunAgain() {
        GrowthPlan plan = givenPlan("MENT");
        ReminderService reminders = new ReminderService(ao, new Changes(ao), CLOCK);
        reminders.claim(reminders.mentorInvited(plan));
        new NoticePreferenceService(ao, new Changes(ao)).change("key-max",
                List.of(new NoticePreference(NoticeKind.GOAL_AGREEMENT, false)));

        new UpgradeTask007NoticePreferences().upgrade(ModelVersion.valueOf("6"), ao);

        assertTrue(plans.findBySpaceKey("MENT").isPresent());
        assertEquals(1, ao.count(SentNoticeEntity.class, Query.select()));
        assertEquals(1, ao.count(NoticePreferenceEntity.class, Query.select().where("ENABLED = ?", false)));
    }

    @Test
    public void shouldLeaveEveryKindOnForEveryUserAfterTheUpgrade() {
        new UpgradeTask007NoticePreferences().upgrade(ModelVersion.valueOf("6"), ao);

        assertEquals(0, ao.count(NoticePreferenceEntity.class, Query.select()));
        assertTrue(new NoticePreferenceService(ao, new Changes(ao)).of("key-mia").stream().allMatch(NoticePreference::enabled));
    }
}
