package com.atlassian.scheduler;

import java.util.Date;

/** Host-API declaration (atlassian-scheduler-api 4.1.0): what the scheduler hands a job runner. */
public interface JobRunnerRequest {

    Date getStartTime();
}
