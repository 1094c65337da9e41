package com.atlassian.scheduler.config;

/** Host-API declaration (atlassian-scheduler-api 4.1.0): a cron schedule's expression. The bodies only serve the tests. */
public final class CronScheduleInfo {

    private final String cronExpression;

    CronScheduleInfo(String cronExpression) {
        this.cronExpression = cronExpression;
    }

    public String getCronExpression() {
        return cronExpression;
    }
}
