package io.mentoringspaces.testsupport;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.mentoringspaces.upgrade.UpgradeTask001CreateSchema;
import io.mentoringspaces.upgrade.UpgradeTask002MeetingStates;
import io.mentoringspaces.upgrade.UpgradeTask003GoalAchievedDates;
import io.mentoringspaces.upgrade.UpgradeTask004GoalsUnagreed;
import io.mentoringspaces.upgrade.UpgradeTask005MentorInvitations;
import io.mentoringspaces.upgrade.UpgradeTask006SentNotices;
import io.mentoringspaces.upgrade.UpgradeTask007NoticePreferences;
import io.mentoringspaces.upgrade.UpgradeTask008ClosedMentorships;
import io.mentoringspaces.upgrade.UpgradeTask009ReportFigures;
import java.time.Clock;
import java.util.List;

/** The app's upgrade tasks in order, run as Active Objects runs them on an installation. */
public final class UpgradeTasks {

    private UpgradeTasks() {
    }

    /** Every upgrade task, model version 1 first. */
    public static List<ActiveObjectsUpgradeTask> all(Clock clock) {
        return List.of(new UpgradeTask001CreateSchema(), new UpgradeTask002MeetingStates(clock),
                new UpgradeTask003GoalAchievedDates(), new UpgradeTask004GoalsUnagreed(), new UpgradeTask005MentorInvitations(),
                new UpgradeTask006SentNotices(), new UpgradeTask007NoticePreferences(), new UpgradeTask008ClosedMentorships(),
                new UpgradeTask009ReportFigures());
    }

    /** The model version the newest task brings the data to. */
    public static int latestVersion() {
        List<ActiveObjectsUpgradeTask> tasks = all(Clock.systemDefaultZone());
        return Integer.parseInt(tasks.get(tasks.size() - 1).getModelVersion().toString());
    }

    /** Runs the tasks newer than {@code from} in order, each told the version it upgrades from. */
    public static void upgrade(ActiveObjects ao, int from, Clock clock) {
        ModelVersion current = ModelVersion.valueOf(Integer.toString(from));
        for (ActiveObjectsUpgradeTask task : all(clock)) {
            if (task.getModelVersion().isNewerThan(current)) {
                task.upgrade(current, ao);
                current = task.getModelVersion();
            }
        }
    }
}
