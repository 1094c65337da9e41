package io.mentoringspaces.service;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.ao.ProgrammeEntity;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.NewPlan;
import io.mentoringspaces.model.PlanStatus;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Creates growth plans for mentoring spaces and changes who mentors and how often the pair meets. */
public class PlanService {

    private final ActiveObjects ao;
    private final Changes changes;
    private final Clock clock;
    private final PlanFiguresKeeper figures;

    public PlanService(ActiveObjects ao, Changes changes, Clock clock) {
        this.ao = ao;
        this.changes = changes;
        this.clock = clock;
        this.figures = new PlanFiguresKeeper(ao);
    }

    /**
     * Creates the plan of a new mentoring space in an active programme. A space key whose plan is
     * archived (its space was removed) can be used again: that plan then keeps its rows under the key
     * {@code <space key>~<plan id>}.
     */
    public GrowthPlan create(NewPlan plan) {
        String spaceKey = Validate.required("spaceKey", plan.spaceKey(), Limits.SPACE_KEY);
        String programmeKey = Validate.matching("programme", plan.programmeKey(), Limits.PROGRAMME_KEY,
                "mentoring.error.programme.key");
        String menteeKey = Validate.required("mentee", plan.menteeKey(), Limits.USER_KEY);
        String mentorKey = Validate.required("mentor", plan.mentorKey(), Limits.USER_KEY);
        String menteeName = Validate.optional("mentee", plan.menteeName(), Limits.USER_NAME);
        String mentorName = Validate.optional("mentor", plan.mentorName(), Limits.USER_NAME);
        if (menteeKey.equals(mentorKey)) {
            throw new InvalidInputException("mentor", "mentoring.error.mentor.is.mentee");
        }
        String startDate = Validate.date("startDate", plan.startDate()).toString();
        Cadence cadence = Validate.present("cadence", plan.cadence());
        return changes.run(() -> {
            ProgrammeEntity[] programmes = ao.find(ProgrammeEntity.class,
                    Query.select().where("PROGRAMME_KEY = ?", programmeKey));
            if (programmes.length == 0 || programmes[0].isArchived()) {
                throw new NotFoundException("programme", "mentoring.error.programme.unknown");
            }
            GrowthPlanEntity previous = findEntity(spaceKey);
            if (previous != null && !PlanStatus.ARCHIVED.name().equals(previous.getStatus())) {
                throw new ConflictException("spaceKey", "mentoring.error.plan.exists", spaceKey);
            }
            if (previous != null) {
                // The space was removed and a new one took its key: the old plan keeps its figures under
                // a key no space can have.
                previous.setSpaceKey(spaceKey + "~" + previous.getID());
                previous.save();
            }
            GrowthPlanEntity e = ao.create(GrowthPlanEntity.class,
                    new DBParam("SPACE_KEY", spaceKey),
                    new DBParam("PROGRAMME_ID", programmes[0].getID()),
                    new DBParam("MENTEE_KEY", menteeKey),
                    new DBParam("MENTOR_KEY", mentorKey),
                    new DBParam("START_DATE", startDate),
                    new DBParam("CADENCE", cadence.name()),
                    new DBParam("STATUS", PlanStatus.ACTIVE.name()),
                    new DBParam("CREATED_AT", Date.from(clock.instant())),
                    new DBParam("REVISION", 0),
                    new DBParam("GOALS_TOTAL", 0),
                    new DBParam("GOALS_ACHIEVED", 0),
                    new DBParam("PROGRESS_SUM", 0),
                    new DBParam("CHECKLIST_ITEMS", 0),
                    new DBParam("CHECKLIST_DONE", 0));
            e.setMenteeName(menteeName);
            e.setMentorName(mentorName);
            e.setMeetingDates("");
            e.setGoalAchievedDates("");
            e.save();
            return Mapping.plan(e);
        });
    }

    public Optional<GrowthPlan> findBySpaceKey(String spaceKey) {
        if (spaceKey == null || spaceKey.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(findEntity(spaceKey.strip())).map(Mapping::plan);
    }

    public GrowthPlan getBySpaceKey(String spaceKey) {
        return findBySpaceKey(spaceKey).orElseThrow(() -> new NotFoundException("spaceKey", "mentoring.error.plan.unknown"));
    }

    public Optional<GrowthPlan> findById(int planId) {
        return Optional.ofNullable(ao.get(GrowthPlanEntity.class, planId)).map(Mapping::plan);
    }

    /** Hands the pair to another mentor. */
    public GrowthPlan updateMentor(int planId, String mentorKey, String mentorName) {
        String key = Validate.required("mentor", mentorKey, Limits.USER_KEY);
        String name = Validate.optional("mentor", mentorName, Limits.USER_NAME);
        return changes.run(() -> {
            GrowthPlanEntity e = figures.lock(planId);
            if (key.equals(e.getMenteeKey())) {
                throw new InvalidInputException("mentor", "mentoring.error.mentor.is.mentee");
            }
            e.setMentorKey(key);
            e.setMentorName(name);
            e.save();
            return Mapping.plan(e);
        });
    }

    /** Changes how often the pair agreed to meet. */
    public GrowthPlan updateCadence(int planId, Cadence cadence) {
        Cadence value = Validate.present("cadence", cadence);
        return changes.run(() -> {
            GrowthPlanEntity e = figures.lock(planId);
            e.setCadence(value.name());
            e.save();
            return Mapping.plan(e);
        });
    }

    /** Marks the plan archived (its space was removed); everything linked to it is kept. */
    public GrowthPlan archive(int planId) {
        return setStatus(planId, PlanStatus.ARCHIVED);
    }

    public GrowthPlan reactivate(int planId) {
        return setStatus(planId, PlanStatus.ACTIVE);
    }

    /** Records the space's Meetings page, the parent of the meeting pages the space's button creates. */
    public GrowthPlan recordMeetingsPage(int planId, long pageId) {
        if (pageId <= 0) {
            throw new InvalidInputException("meetingsPageId", "mentoring.error.page.id", new FieldName("meetingsPageId"));
        }
        return changes.run(() -> {
            GrowthPlanEntity e = figures.lock(planId);
            e.setMeetingsPageId(pageId);
            e.save();
            return Mapping.plan(e);
        });
    }

    private GrowthPlan setStatus(int planId, PlanStatus status) {
        return changes.run(() -> {
            GrowthPlanEntity e = figures.lock(planId);
            e.setStatus(status.name());
            e.save();
            return Mapping.plan(e);
        });
    }

    private GrowthPlanEntity findEntity(String spaceKey) {
        GrowthPlanEntity[] found = ao.find(GrowthPlanEntity.class, Query.select().where("SPACE_KEY = ?", spaceKey));
        return found.length == 0 ? null : found[0];
    }
}
