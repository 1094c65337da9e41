package io.mentoringspaces.service;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.mentoringspaces.ao.FeedbackEntity;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.ao.MeetingItemEntity;
import io.mentoringspaces.ao.MeetingLinkEntity;
import io.mentoringspaces.model.Feedback;
import io.mentoringspaces.model.FeedbackSide;
import io.mentoringspaces.model.MeetingFeedback;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.model.MeetingState;
import io.mentoringspaces.model.Pulse;
import io.mentoringspaces.model.Suggestion;
import io.mentoringspaces.model.SuggestionMark;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;

/**
 * Feedback both ways on a plan's meetings: each side's feedback text (kept by the index from the
 * page's feedback macros), the session's pulse each side gives from the page, and the mentee's marks
 * on the mentor's suggestions.
 */
public class FeedbackService {

    private final ActiveObjects ao;
    private final Changes changes;
    private final Clock clock;
    private final PlanFiguresKeeper figures;

    public FeedbackService(ActiveObjects ao, Changes changes, Clock clock) {
        this.ao = ao;
        this.changes = changes;
        this.clock = clock;
        this.figures = new PlanFiguresKeeper(ao, clock.getZone());
    }

    /**
     * Both sides' feedback on the meeting of a page (the texts and the pulses) and the suggestions still
     * on it, in page order (three statements). Empty when the page is not a meeting.
     */
    public MeetingFeedback feedback(long pageId) {
        MeetingLinkEntity[] link = ao.find(MeetingLinkEntity.class, Query.select().where("PAGE_ID = ?", pageId));
        return gather(Arrays.stream(link).map(Mapping::meeting).toList(),
                ao.find(FeedbackEntity.class, Query.select().where("PAGE_ID = ?", pageId)),
                ao.find(MeetingItemEntity.class, Query.select().where("PAGE_ID = ? AND KIND = ? AND REMOVED = ?", pageId,
                        MeetingItemKind.SUGGESTION.name(), false)))
                .stream().findFirst().orElse(new MeetingFeedback(pageId, Map.of(), List.of()));
    }

    /**
     * The feedback on every meeting of the plan whose page is not trashed, newest meeting first, for a
     * log of both sides' entries across meetings (three statements, however many meetings).
     */
    public List<MeetingFeedback> planFeedback(int planId) {
        List<MeetingLink> links = new ArrayList<>();
        for (MeetingLinkEntity e : ao.find(MeetingLinkEntity.class,
                Query.select().where("PLAN_ID = ? AND TRASHED = ?", planId, false))) {
            links.add(Mapping.meeting(e));
        }
        links.sort(Comparator.comparing(MeetingLink::effectiveDate).thenComparingLong(MeetingLink::pageId).reversed());
        return gather(links,
                ao.find(FeedbackEntity.class, Query.select().where("PLAN_ID = ?", planId)),
                ao.find(MeetingItemEntity.class, Query.select().where("PLAN_ID = ? AND KIND = ? AND REMOVED = ?", planId,
                        MeetingItemKind.SUGGESTION.name(), false)));
    }

    /** For each link, both sides' feedback (the texts kept by the index, the pulses on the link) and the suggestions in page order. */
    private static List<MeetingFeedback> gather(List<MeetingLink> links, FeedbackEntity[] feedback,
            MeetingItemEntity[] suggestions) {
        Map<String, String> texts = new HashMap<>();
        for (FeedbackEntity e : feedback) {
            texts.put(e.getFeedbackKey(), e.getText());
        }
        Map<Long, List<Suggestion>> listed = new HashMap<>();
        for (MeetingItemEntity e : suggestions) {
            listed.computeIfAbsent(e.getPageId(), id -> new ArrayList<>()).add(Mapping.suggestion(e));
        }
        List<MeetingFeedback> gathered = new ArrayList<>();
        for (MeetingLink link : links) {
            Map<FeedbackSide, Feedback> sides = new EnumMap<>(FeedbackSide.class);
            for (FeedbackSide side : FeedbackSide.values()) {
                sides.put(side, new Feedback(link.pageId(), side, texts.get(feedbackKey(link.pageId(), side)), link.pulse(side)));
            }
            gathered.add(new MeetingFeedback(link.pageId(), sides, sortedSuggestions(listed.getOrDefault(link.pageId(), List.of()))));
        }
        return gathered;
    }

    /** The key of a page's feedback row of a side. */
    static String feedbackKey(long pageId, FeedbackSide side) {
        return pageId + "/" + side.name();
    }

    /** Suggestions in page order. */
    static List<Suggestion> sortedSuggestions(List<Suggestion> suggestions) {
        List<Suggestion> sorted = new ArrayList<>(suggestions);
        sorted.sort(Comparator.comparingInt(Suggestion::position));
        return sorted;
    }

    /**
     * Records the session's pulse ({@code pulse} 1–5, null to take it back) of one side of the meeting of
     * a page: the mentee's side by the plan's mentee, the mentor's by its mentor ({@code userKey}). One
     * pulse per side and meeting, kept on the meeting's link; giving it again changes it. A cancelled
     * meeting had no session to rate: a pulse for it is refused, and one given before it was cancelled can
     * still be taken back.
     */
    public Pulse setPulse(long pageId, FeedbackSide side, Integer pulse, String userKey) {
        Validate.pageId("pageId", pageId);
        FeedbackSide who = Validate.present("side", side);
        if (pulse != null && (pulse < Limits.PULSE_MIN || pulse > Limits.PULSE_MAX)) {
            throw new InvalidInputException("pulse", "mentoring.error.pulse", new FieldName("pulse"), Limits.PULSE_MIN,
                    Limits.PULSE_MAX);
        }
        String user = Validate.required("user", userKey, Limits.USER_KEY);
        return changes.run(() -> {
            MeetingLinkEntity link = meeting(pageId);
            GrowthPlanEntity plan = figures.lock(link.getPlanId());
            if (!user.equals(who == FeedbackSide.MENTEE ? plan.getMenteeKey() : plan.getMentorKey())) {
                throw new InvalidInputException("side", "mentoring.error.pulse.side");
            }
            if (pulse != null && MeetingState.CANCELLED.name().equals(link.getState())) {
                throw new ConflictException("pulse", "mentoring.error.pulse.cancelled");
            }
            int value = pulse == null ? 0 : pulse;
            String by = pulse == null ? null : user;
            Date at = pulse == null ? null : Date.from(clock.instant());
            if (who == FeedbackSide.MENTEE) {
                link.setMenteePulse(value);
                link.setMenteePulseBy(by);
                link.setMenteePulseAt(at);
            } else {
                link.setMentorPulse(value);
                link.setMentorPulseBy(by);
                link.setMentorPulseAt(at);
            }
            link.save();
            figures.meetingsChanged(plan);
            return Mapping.meeting(link).pulse(who);
        });
    }

    /** Records what the plan's mentee ({@code userKey}) made of a suggestion on a meeting page: none, tried or applied. */
    public Suggestion markSuggestion(long pageId, String itemKey, SuggestionMark mark, String userKey) {
        Validate.pageId("pageId", pageId);
        String key = Validate.matching("itemKey", itemKey, Limits.TOKEN, "mentoring.error.token");
        SuggestionMark value = Validate.present("mark", mark);
        String user = Validate.required("user", userKey, Limits.USER_KEY);
        return changes.run(() -> {
            MeetingLinkEntity link = meeting(pageId);
            GrowthPlanEntity plan = figures.lock(link.getPlanId());
            if (!user.equals(plan.getMenteeKey())) {
                throw new InvalidInputException("user", "mentoring.error.suggestion.not.the.mentee");
            }
            MeetingItemEntity[] found = ao.find(MeetingItemEntity.class,
                    Query.select().where("UNIQUE_KEY = ?", MeetingItemKind.SUGGESTION.uniqueKey(pageId, key)));
            if (found.length == 0 || found[0].isRemoved()) {
                throw new NotFoundException("itemKey", "mentoring.error.suggestion.unknown");
            }
            MeetingItemEntity row = found[0];
            row.setMark(value.name());
            row.setMarkedBy(user);
            row.setMarkedAt(Date.from(clock.instant()));
            row.save();
            figures.meetingsChanged(plan);
            return Mapping.suggestion(row);
        });
    }

    /** The link of a meeting page that is not trashed; refused otherwise. */
    private MeetingLinkEntity meeting(long pageId) {
        MeetingLinkEntity[] found = ao.find(MeetingLinkEntity.class, Query.select().where("PAGE_ID = ?", pageId));
        if (found.length == 0 || found[0].isTrashed()) {
            throw new NotFoundException("pageId", "mentoring.error.meeting.unknown");
        }
        return found[0];
    }
}
