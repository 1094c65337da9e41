package io.mentoringspaces.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import net.java.ao.DBParam;
import net.java.ao.DatabaseProvider;
import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The two tables whose columns changed after model version 1, as version 1 created them, so that an
 * upgrade can be tested on a database an installation of that version left behind; and the plan table of
 * a later version, made by dropping the columns that came after it.
 */
final class ModelVersion1 {

    private ModelVersion1() {
    }

    /** A plan of space {@code OLD} as the versions before invitations wrote it: active, weekly since {@code start}. */
    static int activePlan(ActiveObjects db, LocalDate start, Instant createdAt, String meetingDates) {
        return db.create(GrowthPlan.class,
                new DBParam("SPACE_KEY", "OLD"),
                new DBParam("PROGRAMME_ID", 0),
                new DBParam("MENTEE_KEY", "mentee-old"),
                new DBParam("MENTOR_KEY", "mentor-old"),
                new DBParam("START_DATE", start.toString()),
                new DBParam("CADENCE", "WEEKLY"),
                new DBParam("STATUS", "ACTIVE"),
                new DBParam("CREATED_AT", Date.from(createdAt)),
                new DBParam("MEETING_DATES", meetingDates)).getID();
    }

    /** Drops {@code columns} from the plan table: the table as the version before they came had it. */
    static void dropPlanColumns(DatabaseProvider provider, List<String> columns) throws SQLException {
        try (Connection connection = provider.getConnection(); Statement sql = connection.createStatement()) {
            for (String column : columns) {
                sql.execute("ALTER TABLE " + provider.withSchema("AO_2229CD_GROWTH_PLAN") + " DROP COLUMN " + provider.processID(column));
            }
        }
    }

    /** {@code AO_2229CD_GROWTH_PLAN} at model version 1. */
    @Table("GrowthPlan")
    interface GrowthPlan extends Entity {

        @NotNull
        @Unique
        @Indexed
        @StringLength(255)
        String getSpaceKey();

        void setSpaceKey(String spaceKey);

        @NotNull
        @Indexed
        int getProgrammeId();

        void setProgrammeId(int programmeId);

        @NotNull
        @Indexed
        @StringLength(255)
        String getMenteeKey();

        void setMenteeKey(String menteeKey);

        @StringLength(255)
        String getMenteeName();

        void setMenteeName(String menteeName);

        @NotNull
        @Indexed
        @StringLength(255)
        String getMentorKey();

        void setMentorKey(String mentorKey);

        @StringLength(255)
        String getMentorName();

        void setMentorName(String mentorName);

        @NotNull
        @StringLength(10)
        String getStartDate();

        void setStartDate(String startDate);

        @NotNull
        @StringLength(16)
        String getCadence();

        void setCadence(String cadence);

        @NotNull
        @Indexed
        @StringLength(16)
        String getStatus();

        void setStatus(String status);

        @NotNull
        Date getCreatedAt();

        void setCreatedAt(Date createdAt);

        @NotNull
        @Default("0")
        int getRevision();

        void setRevision(int revision);

        @NotNull
        @Default("0")
        int getGoalsTotal();

        void setGoalsTotal(int goalsTotal);

        @NotNull
        @Default("0")
        int getGoalsAchieved();

        void setGoalsAchieved(int goalsAchieved);

        @NotNull
        @Default("0")
        int getProgressSum();

        void setProgressSum(int progressSum);

        @NotNull
        @Default("0")
        int getChecklistItems();

        void setChecklistItems(int checklistItems);

        @NotNull
        @Default("0")
        int getChecklistDone();

        void setChecklistDone(int checklistDone);

        @StringLength(StringLength.UNLIMITED)
        String getMeetingDates();

        void setMeetingDates(String meetingDates);
    }

    /** {@code AO_2229CD_MEETING_LINK} at model version 1. */
    @Table("MeetingLink")
    interface MeetingLink extends Entity {

        @NotNull
        @Indexed
        int getPlanId();

        void setPlanId(int planId);

        @NotNull
        @Unique
        @Indexed
        long getPageId();

        void setPageId(long pageId);

        @NotNull
        @Indexed
        @StringLength(10)
        String getMeetingDate();

        void setMeetingDate(String meetingDate);

        @NotNull
        @StringLength(255)
        String getTitle();

        void setTitle(String title);

        @NotNull
        @Default("false")
        @Indexed
        boolean isTrashed();

        void setTrashed(boolean trashed);

        @NotNull
        Date getUpdatedAt();

        void setUpdatedAt(Date updatedAt);
    }
}
