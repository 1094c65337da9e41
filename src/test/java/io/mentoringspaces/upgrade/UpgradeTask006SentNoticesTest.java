package io.mentoringspaces.upgrade;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ModelVersion;
import io.mentoringspaces.ao.MeetingItemEntity;
import io.mentoringspaces.ao.SentNoticeEntity;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingPageContent;
import io.mentoringspaces.model.PageTask;
import io.mentoringspaces.testsupport.DatabaseTest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.junit.Test;

/** Model version 6 adds the sent-notice table and indexes the due date of action items, keeping every row. */
public class UpgradeTask006SentNoticesTest extends DatabaseTest {

    @Test
    public void shouldBeModelVersionSix() {
        assertTrue(new UpgradeTask006SentNotices().getModelVersion().isSame(ModelVersion.valueOf("6")));
    }

    @Test
    public void shouldKeepTheActionItemsAndLeaveTheSentNoticesEmptyWhenRunAgain() {
        GrowthPlan plan = givenPlan("MENT");
        givenHeldMeeting(plan, 101, TODAY.minusDays(3), "Meeting");
        meetings.syncPage(101, new MeetingPageContent(false, Instant.parse("2026-03-01T10:00:00Z"),
                List.of(new PageTask("1", false, "Item", plan.menteeKey(), TODAY.plusDays(1))), Map.of(), List.of()));

        new UpgradeTask006SentNotices().upgrade(ModelVersion.valueOf("4"), ao);

        assertEquals(1, ao.count(MeetingItemEntity.class, Query.select().where("DUE_DATE = ?", TODAY.plusDays(1).toString())));
        assertEquals(0, ao.count(SentNoticeEntity.class, Query.select()));
    }

    @Test
    public void shouldIndexTheDueDateOfActionItems() throws Exception {
        boolean indexed = false;
        try (Connection connection = entityManager.getProvider().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String table : List.of("AO_2229CD_MEETING_ITEM", "ao_2229cd_meeting_item")) {
                try (ResultSet indexes = meta.getIndexInfo(null, null, table, false, false)) {
                    while (indexes.next()) {
                        indexed |= "DUE_DATE".equalsIgnoreCase(indexes.getString("COLUMN_NAME"));
                    }
                }
            }
        }
        assertTrue(indexed);
    }
}
