package com.atlassian.scheduler.config;

/**
 * Host-API declaration (atlassian-scheduler-api 4.1.0): where a job runs. {@code RUN_ONCE_PER_CLUSTER}:
 * on one node of the cluster per run (the schedule is kept in the database); {@code RUN_LOCALLY}: on
 * every node that scheduled it.
 */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
