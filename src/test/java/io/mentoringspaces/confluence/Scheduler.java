package io.mentoringspaces.confluence;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Confluence's scheduler (atlassian-scheduler's {@code SchedulerService}) on one node (HB-11): job
 * runners are registered in the node's memory while the app runs, and a job's schedule is kept by
 * its id, a job scheduled again under its id replacing its schedule. Time does not pass here: a test
 * runs a job as the node the cluster picks would ({@link #run}); a job whose runner is not
 * registered on this node does not run (Confluence skips it and tries again later).
 */
public final class Scheduler {

    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<JobId, JobConfig> jobs = new ConcurrentHashMap<>();

    public void registerJobRunner(JobRunnerKey key, JobRunner runner) {
        runners.put(key, runner);
    }

    public void unregisterJobRunner(JobRunnerKey key) {
        runners.remove(key);
    }

    public void scheduleJob(JobId id, JobConfig config) {
        jobs.put(id, config);
    }

    /** The runners registered on this node. */
    public Set<JobRunnerKey> registeredRunners() {
        return Set.copyOf(runners.keySet());
    }

    /** The job scheduled under that id, or null. */
    public JobConfig job(JobId id) {
        return jobs.get(id);
    }

    /** The ids of the jobs scheduled. */
    public Set<JobId> jobs() {
        return Set.copyOf(jobs.keySet());
    }

    /**
     * Runs the job on this node, now, as the scheduler does when its time comes: its runner's response,
     * or null when the job is not scheduled or its runner is not registered here.
     */
    public JobRunnerResponse run(JobId id, Date startTime) {
        JobConfig config = jobs.get(id);
        JobRunner runner = config == null ? null : runners.get(config.getJobRunnerKey());
        if (runner == null) {
            return null;
        }
        return runner.runJob(HostBinding.bind(JobRunnerRequest.class, new Request(startTime)));
    }

    /** The request the runner gets. */
    public static final class Request {
        private final Date startTime;

        Request(Date startTime) {
            this.startTime = startTime;
        }

        public Date getStartTime() {
            return startTime;
        }
    }
}
