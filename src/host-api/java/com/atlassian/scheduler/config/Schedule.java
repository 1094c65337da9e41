package com.atlassian.scheduler.config;

/**
 * Host-API declaration (atlassian-scheduler-api 4.1.0): when a job runs. A cron expression without a
 * time zone is read in the server's default time zone. The bodies only serve the tests.
 */
public final class Schedule {

    private final CronScheduleInfo cron;

    private Schedule(CronScheduleInfo cron) {
        this.cron = cron;
    }

    public static Schedule forCronExpression(String cronExpression) {
        return new Schedule(new CronScheduleInfo(cronExpression));
    }

    public CronScheduleInfo getCronScheduleInfo() {
        return cron;
    }
}
