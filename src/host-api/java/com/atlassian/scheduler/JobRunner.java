package com.atlassian.scheduler;

/**
 * Host-API declaration (atlassian-scheduler-api 4.1.0, {@code @PublicSpi}): the code a scheduled job
 * runs. Confluence 10 apps still implement it: atlassian-labs/atlassian-slack-integration-server, built
 * against Confluence 10.0.1, registers its own runners with the scheduler service.
 */
public interface JobRunner {

    JobRunnerResponse runJob(JobRunnerRequest request);
}
