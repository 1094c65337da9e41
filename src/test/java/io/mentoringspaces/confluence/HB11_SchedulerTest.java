package io.mentoringspaces.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.time.Clock;
import java.util.Date;
import org.junit.Test;

/**
 * HB-11: Confluence's scheduler (atlassian-scheduler-api 4.1.0, {@code SchedulerService}, {@code JobConfig},
 * {@code RunMode}; decompiled in ngannk-fptu/Decompiled-Files,
 * {@code com.atlassian.scheduler_atlassian-scheduler-api-4.1.0}; still used on Confluence 10 by
 * atlassian-labs/atlassian-slack-integration-server). A job runner lives in the node's memory while it is
 * registered; a job's configuration is kept by its id, and scheduling it again under the same id
 * replaces it; a new configuration runs once per cluster unless told otherwise; a job whose runner is
 * not registered on the node does not run there.
 */
public class HB11_SchedulerTest {

    private final ConfluenceDouble confluence = new ConfluenceDouble(Clock.systemUTC());
    private final SchedulerService scheduler = confluence.service(SchedulerService.class);
    private final JobRunnerKey key = JobRunnerKey.of("runner");
    private final JobId id = JobId.of("job");

    @Test
    public void shouldRunAScheduledJobThroughItsRegisteredRunner() throws Exception {
        JobRunnerResponse done = JobRunnerResponse.success("ran");
        JobRunner runner = request -> done;
        scheduler.registerJobRunner(key, runner);
        scheduler.scheduleJob(id, JobConfig.forJobRunnerKey(key));

        assertSame(done, confluence.scheduler().run(id, new Date()));
    }

    @Test
    public void shouldRunOncePerClusterUnlessToldOtherwise() {
        assertEquals(RunMode.RUN_ONCE_PER_CLUSTER, JobConfig.forJobRunnerKey(key).getRunMode());
        assertEquals(RunMode.RUN_LOCALLY, JobConfig.forJobRunnerKey(key).withRunMode(RunMode.RUN_LOCALLY).getRunMode());
    }

    @Test
    public void shouldReplaceTheScheduleOfAJobScheduledAgainUnderItsId() throws Exception {
        scheduler.scheduleJob(id, JobConfig.forJobRunnerKey(key).withSchedule(Schedule.forCronExpression("0 0 6 * * ?")));
        scheduler.scheduleJob(id, JobConfig.forJobRunnerKey(key).withSchedule(Schedule.forCronExpression("0 0 7 * * ?")));

        assertEquals(1, confluence.scheduler().jobs().size());
        assertEquals("0 0 7 * * ?", confluence.scheduler().job(id).getSchedule().getCronScheduleInfo().getCronExpression());
    }

    @Test
    public void shouldNotRunAJobWhoseRunnerIsUnregistered() throws Exception {
        scheduler.registerJobRunner(key, request -> JobRunnerResponse.success("ran"));
        scheduler.scheduleJob(id, JobConfig.forJobRunnerKey(key));
        scheduler.unregisterJobRunner(key);

        assertNull(confluence.scheduler().run(id, new Date()));
        assertFalse(confluence.scheduler().registeredRunners().contains(key));
        assertEquals(1, confluence.scheduler().jobs().size());
    }
}
