package com.atlassian.scheduler;

/** Host-API declaration (atlassian-scheduler-api 4.1.0): a job could not be scheduled. */
public class SchedulerServiceException extends Exception {

    private static final long serialVersionUID = 1L;

    public SchedulerServiceException(String message) {
        super(message);
    }
}
