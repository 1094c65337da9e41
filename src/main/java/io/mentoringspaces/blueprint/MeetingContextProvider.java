package io.mentoringspaces.blueprint;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import com.atlassian.sal.api.message.I18nResolver;
import io.mentoringspaces.model.Goal;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.service.AccessService;
import io.mentoringspaces.service.CadenceCalculator;
import io.mentoringspaces.service.GoalService;
import io.mentoringspaces.service.MeetingService;
import io.mentoringspaces.service.MentoringException;
import io.mentoringspaces.service.PlanService;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Context of a Mentoring meeting page: its title ("2026-03-16 Mentoring meeting", with a suffix when
 * the space has a meeting of that title already), the agenda (every open goal of the plan, in plan
 * order, as its progress macro, which shows the goal's title: each goal once), a link to the previous meeting (the latest one before this date
 * that is not in the trash; its title is written only when the creator may view that page) and the
 * next meeting date by the pair's cadence. The meeting date is the wizard's, or the next due date when
 * left blank. Fields the wizard's check refuses (an unreadable or impossible date, aims with
 * characters that are not allowed) are refused here too, naming the field ({@link WizardRefusal}),
 * and no page is created.
 */
public class MeetingContextProvider extends AbstractBlueprintContextProvider {

    static final String MEETING_DATE = "meetingDateText";
    static final String NEXT_MEETING_DATE = "nextMeetingDate";
    static final String AGENDA = "agendaXhtml";
    static final String PREVIOUS_MEETING = "previousMeetingXhtml";

    /** Titles tried for one date before giving up on a free one: "(2)" up to this suffix. */
    static final int MAX_SUFFIX = 100;

    private final PlanService plans;
    private final GoalService goals;
    private final MeetingService meetings;
    private final CadenceCalculator cadence;
    private final PageManager pageManager;
    private final AccessService access;
    private final I18nResolver i18n;

    public MeetingContextProvider(PlanService plans, GoalService goals, MeetingService meetings, CadenceCalculator cadence,
            PageManager pageManager, AccessService access, I18nResolver i18n) {
        this.plans = plans;
        this.goals = goals;
        this.meetings = meetings;
        this.cadence = cadence;
        this.pageManager = pageManager;
        this.access = access;
        this.i18n = i18n;
    }

    @Override
    protected BlueprintContext updateBlueprintContext(BlueprintContext context) {
        try {
            return fill(context);
        } catch (MentoringException e) {
            throw WizardRefusal.of(e, i18n);
        }
    }

    private BlueprintContext fill(BlueprintContext context) {
        String spaceKey = context.getSpaceKey();
        Optional<GrowthPlan> plan = plans.findBySpaceKey(spaceKey);
        MeetingWizardInput input = MeetingWizardInput.read(context.getMap(), plan.map(cadence::nextMeetingDate)
                .orElse(cadence.today()));
        LocalDate date = input.meetingDate();
        context.setTitle(freeTitle(spaceKey, i18n.getText("mentoring.blueprint.meeting.title", date.toString())));
        context.put(MEETING_DATE, date.toString());
        context.put(WizardFields.AIMS, input.aims() == null ? "" : input.aims());
        context.put(SpaceContextProvider.SPACE_KEY, spaceKey);
        context.put(NEXT_MEETING_DATE, plan.map(p -> p.cadence().after(date, 1).toString()).orElse(""));
        context.put(AGENDA, plan.map(p -> agenda(goals.currentGoals(p.id()))).orElse(none()));
        context.put(PREVIOUS_MEETING, plan.flatMap(p -> previous(meetings.meetings(p.id()), date)).map(this::link)
                .orElse(none()));
        return context;
    }

    /** {@code title}, or {@code title (2)}, {@code (3)}... when the space has a page so titled. */
    private String freeTitle(String spaceKey, String title) {
        String candidate = title;
        for (int suffix = 2; pageManager.getPage(spaceKey, candidate) != null && suffix <= MAX_SUFFIX; suffix++) {
            candidate = title + " (" + suffix + ")";
        }
        return candidate;
    }

    private String agenda(List<Goal> currentGoals) {
        StringBuilder xml = new StringBuilder();
        for (Goal goal : currentGoals) {
            if (goal.status() != GoalStatus.ACHIEVED && goal.status() != GoalStatus.DROPPED) {
                xml.append("<li>").append(GoalMacroWriter.goalProgress(goal.goalKey())).append("</li>");
            }
        }
        return xml.isEmpty() ? none() : "<ol>" + xml + "</ol>";
    }

    /** The latest meeting dated before {@code date} that is not in the trash. */
    static Optional<MeetingLink> previous(List<MeetingLink> meetingsByDate, LocalDate date) {
        MeetingLink previous = null;
        for (MeetingLink meeting : meetingsByDate) {
            if (!meeting.trashed() && meeting.meetingDate().isBefore(date)) {
                previous = meeting;
            }
        }
        return Optional.ofNullable(previous);
    }

    /**
     * A link to the meeting's page by its current title, when the creator (the current user) may view
     * it; otherwise a text that names nothing of it, since its title is the pair's writing.
     */
    private String link(MeetingLink meeting) {
        AbstractPage page = access.viewablePage(access.currentUser(), meeting.pageId());
        if (page == null) {
            return "<p><em>" + StorageWriter.text("previous", i18n.getText("mentoring.blueprint.meeting.previous.restricted")) + "</em></p>";
        }
        return "<p><ac:link><ri:page ri:content-title=\"" + StorageWriter.text("title", page.getTitle()) + "\"/></ac:link></p>";
    }

    private String none() {
        return "<p><em>" + StorageWriter.text("title", i18n.getText("mentoring.blueprint.meeting.none")) + "</em></p>";
    }
}
