package io.mentoringspaces.testsupport;

import static org.junit.Assert.assertEquals;

import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.CoordinatorAccess;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.model.MeetingState;
import io.mentoringspaces.model.NewPlan;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.model.ProgrammeInput;
import io.mentoringspaces.service.CadenceCalculator;
import io.mentoringspaces.service.Changes;
import io.mentoringspaces.service.ChecklistService;
import io.mentoringspaces.service.GoalService;
import io.mentoringspaces.service.MeetingService;
import io.mentoringspaces.service.PlanService;
import io.mentoringspaces.service.ProgrammeService;
import io.mentoringspaces.service.ReportFigures;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.After;
import org.junit.Before;
import org.junit.runner.RunWith;

/**
 * Base of the tests that run on a real database through Active Objects' own runtime: HSQLDB by
 * default, PostgreSQL with {@code -Ppostgres} (system properties {@code ao.test.database},
 * {@code db.url}, ...). Tables are named exactly as in Confluence. Each test runs in a transaction
 * that is rolled back, unless annotated {@code @NonTransactional}.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(DynamicJdbcConfiguration.class)
@Data(MentoringDatabaseUpdater.class)
@NameConverters(
        table = MentoringTableNameConverter.class,
        field = AtlassianFieldNameConverter.class,
        sequence = AtlassianSequenceNameConverter.class,
        trigger = AtlassianTriggerNameConverter.class,
        index = AtlassianIndexNameConverter.class,
        unique = AtlassianUniqueNameConverter.class)
public abstract class DatabaseTest {

    /** "Today" in every database test. */
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-16T10:15:30Z"), ZoneOffset.UTC);

    static {
        CountingDriver.install();
    }

    /** Injected by the runner. */
    protected EntityManager entityManager;

    protected TestActiveObjects ao;
    protected ProgrammeService programmes;
    protected PlanService plans;
    protected GoalService goals;
    protected ChecklistService checklists;
    protected MeetingService meetings;
    protected CadenceCalculator cadence;

    @Before
    public final void createServices() {
        ao = new TestActiveObjects(entityManager);
        Changes changes = new Changes(ao);
        programmes = new ProgrammeService(ao, changes, CLOCK);
        plans = new PlanService(ao, changes, CLOCK);
        goals = new GoalService(ao, changes, CLOCK);
        checklists = new ChecklistService(ao, changes, CLOCK);
        meetings = new MeetingService(ao, changes, CLOCK);
        cadence = new CadenceCalculator(CLOCK);
    }

    /**
     * Every plan row a test leaves behind repeats in its report figures what its columns hold, however the
     * test changed it (services, upgrade tasks or test helpers): what the programme reports read is never
     * out of step with the row. Rows of the data model before version 9, which have none yet, are left out.
     */
    @After
    public final void everyPlanRowRepeatsItsReportFigures() throws SQLException {
        if (!AppTables.of(entityManager).contains(AoNaming.tablePrefix() + "GROWTH_PLAN")) {
            return;
        }
        for (GrowthPlanEntity plan : ao.find(GrowthPlanEntity.class)) {
            if (plan.getReportFigures() != null) {
                assertEquals("report figures of " + plan.getSpaceKey(), ReportFigures.of(plan), plan.getReportFigures());
            }
        }
    }

    protected Programme givenProgramme(String key) {
        return programmes.create(new ProgrammeInput(key, "Programme " + key, null, "coordinators-" + key, Cadence.WEEKLY,
                CoordinatorAccess.METRICS_ONLY));
    }

    protected GrowthPlan givenPlan(String spaceKey, String programmeKey) {
        if (programmes.findByKey(programmeKey).isEmpty()) {
            givenProgramme(programmeKey);
        }
        GrowthPlan plan = plans.create(new NewPlan(spaceKey, programmeKey, "mentee-" + spaceKey, "Mentee " + spaceKey,
                "mentor-" + spaceKey, "Mentor " + spaceKey, TODAY.minusWeeks(8), Cadence.WEEKLY));
        return PlanRows.activeSinceStart(ao, plans, plan);
    }

    protected GrowthPlan givenPlan(String spaceKey) {
        return givenPlan(spaceKey, "default-programme");
    }

    /**
     * The active plan's mentee closes the mentorship on {@code day} (today or earlier) from the closing
     * review page {@code reviewPageId}, as the plan service does on that day.
     */
    protected GrowthPlan givenClosed(GrowthPlan plan, LocalDate day, long reviewPageId) {
        Clock then = Clock.fixed(day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new PlanService(ao, new Changes(ao), then).close(plan.id(), plan.menteeKey(), reviewPageId);
    }

    /** A meeting page of the plan linked and confirmed as held by its mentee (its date is today or earlier). */
    protected MeetingLink givenHeldMeeting(GrowthPlan plan, long pageId, LocalDate date, String title) {
        meetings.link(plan.id(), pageId, date, title);
        return meetings.setState(pageId, MeetingState.HELD, null, plan.menteeKey());
    }
}
