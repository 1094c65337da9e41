package io.mentoringspaces.reminder;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.user.Group;
import io.mentoringspaces.model.Notice;
import io.mentoringspaces.model.NoticeKind;
import io.mentoringspaces.service.ReminderService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily reminder job: registered with Confluence's scheduler while the app runs (its runner is
 * unregistered when the app stops) and scheduled once per cluster every morning at 07:00 server time;
 * each run sends the notices due on the server's date ({@link ReminderService#due}) and, on Mondays,
 * each coordinator's digest of their programmes; nobody gets a kind of mail they stopped.
 */
public class ReminderJob implements JobRunner {

    /** The job runner's key. */
    public static final JobRunnerKey RUNNER = JobRunnerKey.of("io.mentoringspaces.reminders");
    /** The job's id: scheduling it again on each start replaces its schedule. */
    public static final JobId JOB = JobId.of("io.mentoringspaces.reminders.daily");
    /** Every day at 07:00 in the server's time zone. */
    public static final String CRON = "0 0 7 * * ?";

    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

    private final SchedulerService scheduler;
    private final ReminderService reminders;
    private final NoticeSender sender;
    private final UserAccessor users;
    private final Clock clock;

    public ReminderJob(SchedulerService scheduler, ReminderService reminders, NoticeSender sender, UserAccessor users,
            Clock clock) {
        this.scheduler = scheduler;
        this.reminders = reminders;
        this.sender = sender;
        this.users = users;
        this.clock = clock;
    }

    /** Registers the runner on this node and schedules the job (once per cluster). */
    public void register() {
        scheduler.registerJobRunner(RUNNER, this);
        try {
            scheduler.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forCronExpression(CRON)));
        } catch (SchedulerServiceException e) {
            LOG.error("The daily mentoring reminders could not be scheduled", e);
        }
    }

    /** Unregisters the runner on this node: the schedule stays, and the job runs again once the app is back. */
    public void unregister() {
        scheduler.unregisterJobRunner(RUNNER);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        if (!sender.mailServerConfigured()) {
            return JobRunnerResponse.success("No mail server is configured: no reminders sent");
        }
        LocalDate today = LocalDate.now(clock);
        ReminderService.Due due = reminders.due(today);
        int sent = 0;
        for (Notice notice : due.pairNotices()) {
            sent += sender.send(notice) ? 1 : 0;
        }
        for (Map.Entry<String, List<Notice.DigestProgramme>> digest : digests(due).entrySet()) {
            if (due.stopped(digest.getKey(), NoticeKind.COORDINATOR_DIGEST)) {
                continue;
            }
            sent += sender.send(reminders.digest(digest.getKey(), today, digest.getValue())) ? 1 : 0;
        }
        return JobRunnerResponse.success(sent + " reminders sent");
    }

    /** Each coordinator's programmes: the members of each programme's coordinator group. */
    private Map<String, List<Notice.DigestProgramme>> digests(ReminderService.Due due) {
        Map<String, List<Notice.DigestProgramme>> byCoordinator = new LinkedHashMap<>();
        for (ReminderService.ProgrammeDigest digest : due.digests()) {
            Group group = users.getGroup(digest.coordinatorGroup());
            if (group == null) {
                continue;
            }
            for (ConfluenceUser member : users.getMembers(group)) {
                byCoordinator.computeIfAbsent(member.getKey().getStringValue(), key -> new ArrayList<>()).add(digest.programme());
            }
        }
        return byCoordinator;
    }
}
