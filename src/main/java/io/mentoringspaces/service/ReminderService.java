package io.mentoringspaces.service;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.ao.MeetingItemEntity;
import io.mentoringspaces.ao.MeetingLinkEntity;
import io.mentoringspaces.ao.NoticePreferenceEntity;
import io.mentoringspaces.ao.ProgrammeEntity;
import io.mentoringspaces.ao.SentNoticeEntity;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.CadenceFigures;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingState;
import io.mentoringspaces.model.Notice;
import io.mentoringspaces.model.NoticeKind;
import io.mentoringspaces.model.PairStatus;
import io.mentoringspaces.model.PlanStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * What mail is due today, and the once-only rule for sending it. The notices of a day are read in five
 * statements, however many plans there are: the active plan rows (which carry the held and meeting
 * dates, the cadence and the goals waiting for agreement), the programmes, the meetings dated today or
 * later (for the planned ones whose aims are shared), the open action items due tomorrow, and every
 * preference a user switched off. Only active plans get notices, and nobody gets a kind they stopped.
 *
 * <p>A notice is sent once: {@link #claim} inserts its row, keyed by kind, recipient, subject and due
 * date or week, in its own transaction before the mail is queued; a second claim of the same notice,
 * by a second run or another node, finds the row and fails.
 */
public class ReminderService {

    /** The plan columns the job reads. */
    private static final String PLAN_COLUMNS =
            "ID,SPACE_KEY,PROGRAMME_ID,MENTEE_KEY,MENTOR_KEY,START_DATE,ACCEPTED_ON,CADENCE,HELD_DATES,MEETING_DATES,GOALS_UNAGREED";

    private final ActiveObjects ao;
    private final Changes changes;
    private final Clock clock;

    public ReminderService(ActiveObjects ao, Changes changes, Clock clock) {
        this.ao = ao;
        this.changes = changes;
        this.clock = clock;
    }

    /** A programme's digest for its coordinator group (whose members the caller knows). */
    public record ProgrammeDigest(String coordinatorGroup, Notice.DigestProgramme programme) {
    }

    /**
     * The notices due today to mentees and mentors (less the kinds their recipients stopped), on Mondays
     * each programme's digest, and the kinds each user stopped ({@code userKey|KIND}).
     */
    public record Due(List<Notice> pairNotices, List<ProgrammeDigest> digests, Set<String> stopped) {

        /** Whether the user stopped the mails of this kind. */
        public boolean stopped(String userKey, NoticeKind kind) {
            return stopped.contains(stoppedKey(userKey, kind.name()));
        }
    }

    /** What is due on {@code today} (the server's date). */
    public Due due(LocalDate today) {
        Map<Integer, Plan> plans = new LinkedHashMap<>();
        ao.stream(GrowthPlanEntity.class, Query.select(PLAN_COLUMNS).where("STATUS = ?", PlanStatus.ACTIVE.name()),
                e -> plans.put(e.getID(), new Plan(e.getID(), e.getSpaceKey(), e.getProgrammeId(), e.getMenteeKey(),
                        e.getMentorKey(), GrowthPlan.cadenceStart(LocalDate.parse(e.getStartDate()), Mapping.date(e.getAcceptedOn())),
                        Cadence.valueOf(e.getCadence()),
                        Mapping.dates(e.getHeldDates()), Mapping.dates(e.getMeetingDates()), e.getGoalsUnagreed())));
        Map<Integer, ProgrammeRow> programmes = new LinkedHashMap<>();
        ao.stream(ProgrammeEntity.class, Query.select("ID,NAME,COORDINATOR_GROUP"),
                e -> programmes.put(e.getID(), new ProgrammeRow(e.getName(), e.getCoordinatorGroup())));
        CadenceCalculator cadence = new CadenceCalculator(Clock.fixed(today.atStartOfDay(clock.getZone()).toInstant(), clock.getZone()));
        LocalDate tomorrow = today.plusDays(1);
        String week = week(today);
        List<Notice> notices = new ArrayList<>();
        Map<Integer, Map<PairStatus, List<String>>> byProgramme = new HashMap<>();
        for (Plan plan : plans.values()) {
            CadenceFigures figures = cadence.compute(plan.cadenceStart(), plan.cadence(), plan.heldDates());
            boolean pageAhead = plan.meetingDates().stream().anyMatch(date -> date.isAfter(today));
            boolean pageToday = plan.meetingDates().contains(today);
            if (figures.nextDue().equals(tomorrow) && !pageAhead) {
                notices.add(pairNotice(NoticeKind.MEETING_TOMORROW, plan.menteeKey(), plan, plan.id(), tomorrow.toString(), 0,
                        tomorrow.toString(), 0));
            } else if (figures.overdue() && !pageAhead && !pageToday) {
                notices.add(pairNotice(NoticeKind.MEETING_OVERDUE, plan.menteeKey(), plan, plan.id(),
                        figures.nextDue().toString(), 0, figures.nextDue().toString(), 0));
            }
            if (plan.goalsUnagreed() > 0) {
                notices.add(pairNotice(NoticeKind.GOAL_AGREEMENT, plan.mentorKey(), plan, plan.id(), week, 0, null,
                        plan.goalsUnagreed()));
            }
            PairStatus status = PairStatus.of(PlanStatus.ACTIVE, figures);
            if (status == PairStatus.STALLED || status == PairStatus.AT_RISK) {
                byProgramme.computeIfAbsent(plan.programmeId(), id -> new HashMap<>())
                        .computeIfAbsent(status, s -> new ArrayList<>()).add(plan.spaceKey());
            }
        }
        ao.stream(MeetingLinkEntity.class, Query.select("ID,PLAN_ID,PAGE_ID,EFFECTIVE_DATE,STATE")
                .where("TRASHED = ? AND AIMS_SAVED_AT IS NOT NULL AND EFFECTIVE_DATE >= ?", false, today.toString())
                .order("EFFECTIVE_DATE ASC, ID ASC"), link -> {
                    Plan plan = plans.get(link.getPlanId());
                    if (plan != null && MeetingState.PLANNED.name().equals(link.getState())) {
                        notices.add(pairNotice(NoticeKind.AGENDA_SHARED, plan.mentorKey(), plan, link.getPageId(),
                                link.getEffectiveDate(), link.getPageId(), link.getEffectiveDate(), 0));
                    }
                });
        ao.stream(MeetingItemEntity.class, Query.select("ID,PLAN_ID,PAGE_ID,ASSIGNEE_KEY,DUE_DATE")
                .where("KIND = ? AND DONE = ? AND REMOVED = ? AND DUE_DATE = ?", MeetingItemKind.ACTION_ITEM.name(), false,
                        false, tomorrow.toString())
                .order("ID ASC"), item -> {
                    Plan plan = plans.get(item.getPlanId());
                    String assignee = item.getAssigneeKey();
                    if (plan != null && (plan.menteeKey().equals(assignee) || plan.mentorKey().equals(assignee))) {
                        notices.add(pairNotice(NoticeKind.ACTION_ITEM_DUE, assignee, plan, item.getID(), item.getDueDate(),
                                item.getPageId(), item.getDueDate(), 0));
                    }
                });
        List<ProgrammeDigest> digests = new ArrayList<>();
        if (today.getDayOfWeek() == DayOfWeek.MONDAY) {
            byProgramme.forEach((id, statuses) -> {
                ProgrammeRow programme = programmes.get(id);
                if (programme != null && programme.coordinatorGroup() != null) {
                    List<String> stalled = sorted(statuses.get(PairStatus.STALLED));
                    List<String> atRisk = sorted(statuses.get(PairStatus.AT_RISK));
                    int pairs = (int) plans.values().stream().filter(plan -> plan.programmeId() == id).count();
                    digests.add(new ProgrammeDigest(programme.coordinatorGroup(),
                            new Notice.DigestProgramme(programme.name(), pairs, stalled, atRisk)));
                }
            });
            digests.sort((a, b) -> a.programme().name().compareToIgnoreCase(b.programme().name()));
        }
        Set<String> stopped = new HashSet<>();
        ao.stream(NoticePreferenceEntity.class, Query.select("ID,USER_KEY,KIND").where("ENABLED = ?", false),
                row -> stopped.add(stoppedKey(row.getUserKey(), row.getKind())));
        List<Notice> wanted = notices.stream()
                .filter(notice -> !stopped.contains(stoppedKey(notice.recipientKey(), notice.kind().name()))).toList();
        return new Due(wanted, digests, Set.copyOf(stopped));
    }

    /** The mail inviting the plan's mentor, once per plan and mentor. */
    public Notice mentorInvited(GrowthPlan plan) {
        return new Notice(NoticeKind.MENTOR_INVITED, plan.mentorKey(), Integer.toString(plan.id()), "-", plan.spaceKey(), 0,
                plan.startDate().toString(), 0, List.of());
    }

    /** A coordinator's digest of this week: their programmes' figures. */
    public Notice digest(String coordinatorKey, LocalDate today, List<Notice.DigestProgramme> programmes) {
        return new Notice(NoticeKind.COORDINATOR_DIGEST, coordinatorKey, "digest", week(today), null, 0, null, 0,
                List.copyOf(programmes));
    }

    /**
     * Claims the notice in its own transaction: true when this call recorded it, false when it was
     * recorded before (by an earlier run or another node), in which case it must not be sent.
     */
    public boolean claim(Notice notice) {
        String key = hash(notice.key());
        try {
            return changes.run(() -> {
                ao.create(SentNoticeEntity.class, new DBParam("NOTICE_KEY", key), new DBParam("KIND", notice.kind().name()),
                        new DBParam("RECIPIENT_KEY", notice.recipientKey()), new DBParam("SUBJECT_ID", notice.subject()),
                        new DBParam("DUE", notice.due()), new DBParam("SENT_AT", Date.from(clock.instant())));
                return true;
            });
        } catch (RuntimeException e) {
            if (ao.count(SentNoticeEntity.class, Query.select().where("NOTICE_KEY = ?", key)) > 0) {
                return false;
            }
            throw e;
        }
    }

    private static String stoppedKey(String userKey, String kind) {
        return userKey + "|" + kind;
    }

    /** The ISO week of a day, {@code 2026-W12}. */
    static String week(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static List<String> sorted(List<String> keys) {
        return keys == null ? List.of() : keys.stream().sorted().toList();
    }

    private static Notice pairNotice(NoticeKind kind, String recipient, Plan plan, long subject, String due, long pageId,
            String date, int count) {
        return new Notice(kind, recipient, Long.toString(subject), due, plan.spaceKey(), pageId, date, count, List.of());
    }

    /** SHA-256 of a text, in hex: the unique keys of notices and preferences. */
    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the job reads of a plan row. */
    private record Plan(int id, String spaceKey, int programmeId, String menteeKey, String mentorKey, LocalDate cadenceStart,
            Cadence cadence, List<LocalDate> heldDates, List<LocalDate> meetingDates, int goalsUnagreed) {
    }

    /** What the job reads of a programme row. */
    private record ProgrammeRow(String name, String coordinatorGroup) {
    }
}
