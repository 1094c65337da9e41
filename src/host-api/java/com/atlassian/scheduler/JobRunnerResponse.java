package com.atlassian.scheduler;

/**
 * Host-API declaration (atlassian-scheduler-api 4.1.0): how a job run ended, with a message the
 * scheduler keeps in its run history. The bodies only serve the tests.
 */
public final class JobRunnerResponse {

    private final String message;

    private JobRunnerResponse(String message) {
        this.message = message;
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(message);
    }

    public String getMessage() {
        return message;
    }
}
