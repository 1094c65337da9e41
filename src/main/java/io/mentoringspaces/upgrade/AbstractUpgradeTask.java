package io.mentoringspaces.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.mentoringspaces.ao.ChecklistTickEntity;
import io.mentoringspaces.ao.GoalEntity;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.ao.MeetingLinkEntity;
import io.mentoringspaces.ao.MentorAgreementEntity;
import io.mentoringspaces.ao.ProgrammeEntity;
import io.mentoringspaces.ao.ProgressUpdateEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of the numbered upgrade tasks: task {@code n} brings the model from version {@code n - 1}
 * to {@code n}. Active Objects runs the tasks newer than the stored model version, in order.
 */
public abstract class AbstractUpgradeTask implements ActiveObjectsUpgradeTask {

    private static final Logger LOG = LoggerFactory.getLogger(AbstractUpgradeTask.class);

    private final int version;

    protected AbstractUpgradeTask(int version) {
        this.version = version;
    }

    @Override
    public final ModelVersion getModelVersion() {
        return ModelVersion.valueOf(Integer.toString(version));
    }

    @Override
    public final void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        LOG.info("Upgrading the Mentoring Spaces data model from version {} to {}", currentVersion, version);
        doUpgrade(currentVersion, ao);
        LOG.info("Mentoring Spaces data model is at version {}", version);
    }

    protected abstract void doUpgrade(ModelVersion currentVersion, ActiveObjects ao);

    /** Creates the app's tables, or adds the columns the entities have gained; keeps every row. */
    @SuppressWarnings("unchecked")
    protected static void migrateEntities(ActiveObjects ao) {
        ao.migrate(ProgrammeEntity.class, GrowthPlanEntity.class, GoalEntity.class, MentorAgreementEntity.class,
                ProgressUpdateEntity.class, ChecklistTickEntity.class, MeetingLinkEntity.class);
    }
}
