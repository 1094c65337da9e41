package io.mentoringspaces.service;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.ao.MeetingItemEntity;
import io.mentoringspaces.ao.MeetingLinkEntity;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.CadenceFigures;
import io.mentoringspaces.model.FeedbackSide;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingState;
import io.mentoringspaces.model.MyPair;
import io.mentoringspaces.model.PairStatus;
import io.mentoringspaces.model.PlanStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.java.ao.Query;

/**
 * The "My mentoring" page: every active, invited or closed pair the user is mentee or mentor of, with what
 * waits for them; a closed pair comes after the others, with its figures of the day it closed and nothing
 * waiting (no goals to agree, no action items, no meeting due). Three statements, however many pairs,
 * meetings and items: the plan rows (which carry the held dates and the goals waiting for the mentor's
 * agreement), the pairs' meetings that are not trashed (for the latest pulses, and to leave out items of
 * trashed pages), and the open action items assigned to the user. A pair whose space the user may not view
 * (any more) is left out.
 */
public class MyMentoringService {

    /** The plan columns the page reads. */
    private static final String PLAN_COLUMNS =
            "ID,SPACE_KEY,MENTEE_KEY,MENTOR_KEY,START_DATE,CADENCE,STATUS,HELD_DATES,GOALS_UNAGREED,ACCEPTED_ON,CLOSED_ON";
    /** The meeting columns the page reads. */
    private static final String MEETING_COLUMNS = "ID,PLAN_ID,PAGE_ID,EFFECTIVE_DATE,STATE,MENTEE_PULSE,MENTOR_PULSE";
    /** The action item columns the page reads. */
    private static final String ITEM_COLUMNS = "ID,PLAN_ID,PAGE_ID";

    /** Plans of the user that are active, whose mentor is invited or that were closed. */
    private static final String OF_USER = "STATUS IN (?, ?, ?) AND (MENTEE_KEY = ? OR MENTOR_KEY = ?)";
    /**
     * The order the pairs are listed in: most urgent status first (closed pairs last), then the earliest
     * meeting due, closed pairs the latest closed first.
     */
    private static final Comparator<MyPair> ORDER = Comparator.comparing(MyPair::status)
            .thenComparing(MyPair::nextDue, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(MyPair::closedOn, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(MyPair::spaceName, String.CASE_INSENSITIVE_ORDER).thenComparing(MyPair::spaceKey);

    private final ActiveObjects ao;
    private final CadenceCalculator cadence;
    private final AccessService access;

    public MyMentoringService(ActiveObjects ao, CadenceCalculator cadence, AccessService access) {
        this.ao = ao;
        this.cadence = cadence;
        this.access = access;
    }

    /** Whether the user is mentee or mentor of an active, invited or closed plan: one statement on indexed columns. */
    public boolean hasPairs(ConfluenceUser user) {
        if (user == null) {
            return false;
        }
        String key = user.getKey().getStringValue();
        return ao.count(GrowthPlanEntity.class, Query.select().where(OF_USER, ofUser(key))) > 0;
    }

    /** The arguments of {@link #OF_USER} for the user (by key). */
    private static Object[] ofUser(String key) {
        return new Object[] {PlanStatus.ACTIVE.name(), PlanStatus.INVITED.name(), PlanStatus.CLOSED.name(), key, key};
    }

    /**
     * The user's active, invited and closed pairs whose space they may view, most urgent first, closed ones
     * last; none for an anonymous user.
     */
    public List<MyPair> pairs(ConfluenceUser user) {
        if (user == null) {
            return List.of();
        }
        String key = user.getKey().getStringValue();
        Map<Integer, Plan> plans = new LinkedHashMap<>();
        LocalDate today = cadence.today();
        ao.stream(GrowthPlanEntity.class, Query.select(PLAN_COLUMNS).where(OF_USER, ofUser(key)), e -> {
            PlanStatus status = PlanStatus.valueOf(e.getStatus());
            LocalDate closedOn = status == PlanStatus.CLOSED ? Mapping.date(e.getClosedOn()) : null;
            plans.put(e.getID(), new Plan(e.getID(), e.getSpaceKey(), e.getMenteeKey(), e.getMentorKey(),
                    LocalDate.parse(e.getStartDate()), Mapping.date(e.getAcceptedOn()), Cadence.valueOf(e.getCadence()), status,
                    Mapping.dates(e.getHeldDates()), e.getGoalsUnagreed(), closedOn, closedOn == null ? today : closedOn));
        });
        Map<String, Space> spaces = access.viewableSpaces(user, plans.values().stream().map(Plan::spaceKey).toList());
        plans.values().removeIf(plan -> !spaces.containsKey(plan.spaceKey()));
        if (plans.isEmpty()) {
            return List.of();
        }
        Meetings meetings = meetings(plans);
        Map<Integer, Map<Long, Integer>> items = openItems(key, meetings);
        List<MyPair> pairs = new ArrayList<>();
        for (Plan plan : plans.values()) {
            pairs.add(pair(plan, key, spaces.get(plan.spaceKey()), meetings, items.getOrDefault(plan.id(), Map.of())));
        }
        pairs.sort(ORDER);
        return pairs;
    }

    /** The pair as the user sees it; a closed pair with its figures of the day it closed and nothing waiting. */
    private MyPair pair(Plan plan, String userKey, Space space, Meetings meetings, Map<Long, Integer> items) {
        boolean mentor = userKey.equals(plan.mentorKey());
        boolean closed = plan.closedOn() != null;
        CadenceFigures figures = CadenceCalculator.compute(GrowthPlan.cadenceStart(plan.startDate(), plan.acceptedOn()),
                plan.cadence(), plan.heldDates(), plan.figuresDay());
        List<MyPair.AssignedItems> assigned = new ArrayList<>();
        if (!closed) {
            items.forEach((pageId, count) -> assigned.add(new MyPair.AssignedItems(pageId, meetings.dates.get(pageId), count)));
        }
        assigned.sort(Comparator.comparing(MyPair.AssignedItems::meetingDate).thenComparingLong(MyPair.AssignedItems::pageId));
        int goalsUnagreed = closed ? 0 : plan.goalsUnagreed();
        return new MyPair(plan.spaceKey(), space.getName(), space.getUrlPath(), mentor ? FeedbackSide.MENTOR : FeedbackSide.MENTEE,
                mentor ? plan.menteeKey() : plan.mentorKey(), plan.startDate(), plan.cadence(), figures,
                PairStatus.of(plan.status(), figures), mentor ? Integer.valueOf(goalsUnagreed) : null, assigned,
                meetings.lastPulses.get(plan.id()), plan.closedOn());
    }

    /**
     * The plans' meetings that are not trashed: their pages' plans and dates, and each plan's latest
     * meeting held by today, or by the day a closed plan closed (as the cadence figures count it; the
     * later of two on one day by link).
     */
    private Meetings meetings(Map<Integer, Plan> plans) {
        Meetings meetings = new Meetings();
        Collection<Integer> planIds = plans.keySet();
        List<Object> arguments = new ArrayList<>(planIds);
        arguments.add(false);
        String placeholders = planIds.stream().map(id -> "?").collect(Collectors.joining(","));
        ao.stream(MeetingLinkEntity.class, Query.select(MEETING_COLUMNS)
                .where("PLAN_ID IN (" + placeholders + ") AND TRASHED = ?", arguments.toArray())
                .order("EFFECTIVE_DATE ASC, ID ASC"), link -> {
                    LocalDate date = LocalDate.parse(link.getEffectiveDate());
                    meetings.plans.put(link.getPageId(), link.getPlanId());
                    meetings.dates.put(link.getPageId(), date);
                    boolean heldBy = !date.isAfter(plans.get(link.getPlanId()).figuresDay());
                    if (MeetingState.HELD.name().equals(link.getState()) && heldBy) {
                        meetings.lastPulses.put(link.getPlanId(),
                                new MyPair.LastPulse(date, link.getMenteePulse(), link.getMentorPulse()));
                    }
                });
        return meetings;
    }

    /** The user's open action items on the meetings' pages, counted by plan and page. */
    private Map<Integer, Map<Long, Integer>> openItems(String userKey, Meetings meetings) {
        Map<Integer, Map<Long, Integer>> counts = new HashMap<>();
        ao.stream(MeetingItemEntity.class, Query.select(ITEM_COLUMNS).where("ASSIGNEE_KEY = ? AND KIND = ? AND DONE = ?",
                userKey, MeetingItemKind.ACTION_ITEM.name(), false), item -> {
                    Integer plan = meetings.plans.get(item.getPageId());
                    if (plan != null && plan == item.getPlanId()) {
                        counts.computeIfAbsent(plan, p -> new TreeMap<>()).merge(item.getPageId(), 1, Integer::sum);
                    }
                });
        return counts;
    }

    /**
     * What the page reads of a plan row; {@code closedOn} is null unless the plan is closed, {@code figuresDay}
     * the day its figures are taken on (today, or the day it closed).
     */
    private record Plan(int id, String spaceKey, String menteeKey, String mentorKey, LocalDate startDate, LocalDate acceptedOn,
            Cadence cadence, PlanStatus status, List<LocalDate> heldDates, int goalsUnagreed, LocalDate closedOn,
            LocalDate figuresDay) {
    }

    /** What the pairs' current meetings tell: each page's plan and date, each plan's latest pulses. */
    private static final class Meetings {
        private final Map<Long, Integer> plans = new HashMap<>();
        private final Map<Long, LocalDate> dates = new HashMap<>();
        private final Map<Integer, MyPair.LastPulse> lastPulses = new HashMap<>();
    }
}
