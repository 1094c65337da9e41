package io.mentoringspaces.testsupport;

import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.ao.MeetingLinkEntity;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.PlanStatus;
import io.mentoringspaces.service.ReportFigures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.java.ao.DBParam;

/**
 * Generated pairs for volume tests, written straight into the tables as the services would leave
 * them: each plan row with its figures (goal counts, checklist, meeting dates) and one meeting link
 * per meeting. Pairs vary in start date, cadence, figures and meeting rhythm; every tenth pair has
 * ended (its space removed).
 */
public final class GeneratedProgramme {

    private static final int BATCH = 1000;

    private GeneratedProgramme() {
    }

    /** Adds {@code pairs} pairs to the programme with {@code meetings} meeting links in all; returns the plan ids. */
    public static List<Integer> seed(TestActiveObjects ao, int programmeId, String prefix, int pairs, int meetings,
            LocalDate today) {
        List<Integer> ids = new ArrayList<>();
        List<Map<String, Object>> links = new ArrayList<>();
        Date now = new Date();
        long pageId = Math.abs((long) prefix.hashCode()) * 1_000_000L;
        for (int i = 0; i < pairs; i++) {
            int count = meetings / pairs + (i < meetings % pairs ? 1 : 0);
            Cadence cadence = Cadence.values()[i % 3];
            LocalDate start = today.minusWeeks(count + 2L + i % 7);
            int gap = i % 4 == 0 ? 3 : 1;
            List<LocalDate> dates = new ArrayList<>();
            for (int m = 0; m < count; m++) {
                dates.add(start.plusDays((long) m * gap));
            }
            GrowthPlanEntity plan = ao.create(GrowthPlanEntity.class,
                    new DBParam("SPACE_KEY", prefix + i),
                    new DBParam("PROGRAMME_ID", programmeId),
                    new DBParam("MENTEE_KEY", "mentee-" + prefix + i),
                    new DBParam("MENTOR_KEY", "mentor-" + prefix + i),
                    new DBParam("MENTEE_NAME", "Mentee " + prefix + i),
                    new DBParam("MENTOR_NAME", "Mentor " + prefix + (pairs - i)),
                    new DBParam("START_DATE", start.toString()),
                    new DBParam("CADENCE", cadence.name()),
                    new DBParam("STATUS", (i % 10 == 9 ? PlanStatus.ARCHIVED : PlanStatus.ACTIVE).name()),
                    new DBParam("CREATED_AT", now),
                    new DBParam("REVISION", 0),
                    new DBParam("GOALS_TOTAL", i % 6),
                    new DBParam("GOALS_ACHIEVED", i % 6 / 2),
                    new DBParam("PROGRESS_SUM", i % 6 * (i % 101)),
                    new DBParam("CHECKLIST_ITEMS", 10),
                    new DBParam("CHECKLIST_DONE", i % 11),
                    new DBParam("MEETING_DATES", dates.stream().map(LocalDate::toString).collect(Collectors.joining(","))));
            ReportFigures.update(plan);
            plan.save();
            ids.add(plan.getID());
            for (LocalDate date : dates) {
                Map<String, Object> link = new HashMap<>();
                link.put("PLAN_ID", plan.getID());
                link.put("PAGE_ID", ++pageId);
                link.put("MEETING_DATE", date.toString());
                link.put("TITLE", date + " Mentoring meeting");
                link.put("TRASHED", false);
                link.put("UPDATED_AT", now);
                links.add(link);
                if (links.size() == BATCH) {
                    ao.create(MeetingLinkEntity.class, links);
                    links.clear();
                }
            }
        }
        if (!links.isEmpty()) {
            ao.create(MeetingLinkEntity.class, links);
        }
        return ids;
    }
}
