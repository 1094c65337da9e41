package com.atlassian.scheduler.config;

/**
 * Host-API declaration (atlassian-scheduler-api 4.1.0): a job's runner, run mode and schedule; each
 * {@code with...} returns a copy. A new configuration runs once per cluster, at once. The bodies only
 * serve the tests.
 */
public final class JobConfig {

    private final JobRunnerKey jobRunnerKey;
    private final RunMode runMode;
    private final Schedule schedule;

    private JobConfig(JobRunnerKey jobRunnerKey, RunMode runMode, Schedule schedule) {
        this.jobRunnerKey = jobRunnerKey;
        this.runMode = runMode;
        this.schedule = schedule;
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig(jobRunnerKey, RunMode.RUN_ONCE_PER_CLUSTER, null);
    }

    public JobRunnerKey getJobRunnerKey() {
        return jobRunnerKey;
    }

    public RunMode getRunMode() {
        return runMode;
    }

    public Schedule getSchedule() {
        return schedule;
    }

    public JobConfig withRunMode(RunMode runMode) {
        return new JobConfig(jobRunnerKey, runMode, schedule);
    }

    public JobConfig withSchedule(Schedule schedule) {
        return new JobConfig(jobRunnerKey, runMode, schedule);
    }
}
