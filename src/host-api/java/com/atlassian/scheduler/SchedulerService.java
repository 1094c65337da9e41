package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

/**
 * Host-API declaration (atlassian-scheduler-api 4.1.0, {@code @PublicApi}): Confluence's cluster-wide
 * scheduler. A job runner is registered per node, in memory, while the app runs; a job's schedule is
 * kept in the shared database, and a job scheduled again under its id replaces its schedule. Still
 * used on Confluence 10: atlassian-labs/atlassian-slack-integration-server (Confluence 10.0.1)
 * registers, schedules and unregisters its jobs through it.
 */
public interface SchedulerService {

    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;
}
