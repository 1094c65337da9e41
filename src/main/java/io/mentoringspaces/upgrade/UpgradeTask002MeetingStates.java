package io.mentoringspaces.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import io.mentoringspaces.ao.ActivityEntity;
import io.mentoringspaces.ao.ChecklistTickEntity;
import io.mentoringspaces.ao.FeedbackEntity;
import io.mentoringspaces.ao.GoalEntity;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.ao.MeetingItemEntity;
import io.mentoringspaces.ao.MeetingLinkEntity;
import io.mentoringspaces.ao.MentorAgreementEntity;
import io.mentoringspaces.ao.ProgrammeEntity;
import io.mentoringspaces.ao.ProgressUpdateEntity;
import io.mentoringspaces.model.MeetingState;
import io.mentoringspaces.service.PlanFiguresKeeper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import net.java.ao.Query;

/**
 * Model version 2: meetings have a state, plans an agreed meeting time, length and place, and the
 * index keeps action items, feedback, suggestions and activities. Until now a meeting counted as held
 * once its page's date had passed, so every link dated on or before the day of the upgrade becomes
 * held (set by nobody, at the time of the upgrade) and every later one planned; each link's effective
 * date is its page's date. Then every plan's figures are counted again, held meetings only.
 */
public class UpgradeTask002MeetingStates extends AbstractUpgradeTask {

    private final Clock clock;

    public UpgradeTask002MeetingStates(Clock clock) {
        super(2);
        this.clock = clock;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void doUpgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(ProgrammeEntity.class, GrowthPlanEntity.class, GoalEntity.class, MentorAgreementEntity.class,
                ProgressUpdateEntity.class, ChecklistTickEntity.class, MeetingLinkEntity.class, MeetingItemEntity.class,
                FeedbackEntity.class, ActivityEntity.class);
        LocalDate today = LocalDate.now(clock);
        Date now = Date.from(clock.instant());
        for (MeetingLinkEntity link : ao.find(MeetingLinkEntity.class, Query.select())) {
            boolean held = !LocalDate.parse(link.getMeetingDate()).isAfter(today);
            link.setState((held ? MeetingState.HELD : MeetingState.PLANNED).name());
            link.setStateBy(null);
            link.setStateAt(held ? now : null);
            link.setEffectiveDate(link.getMeetingDate());
            link.setNoticeHours(0);
            link.save();
        }
        PlanFiguresKeeper figures = new PlanFiguresKeeper(ao, clock.getZone());
        for (GrowthPlanEntity plan : ao.find(GrowthPlanEntity.class, Query.select("ID"))) {
            figures.recount(plan.getID());
        }
    }
}
