package io.mentoringspaces.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.mentoringspaces.model.Activity;
import io.mentoringspaces.model.ActivityDefinition;
import io.mentoringspaces.model.ActivityKind;
import io.mentoringspaces.model.ActivityStatus;
import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.PracticeFigures;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.StatementCounter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.Before;
import org.junit.Test;

/**
 * The development activities of a plan, on the real database: kept in step with the growth-plan page's
 * activity macros (keyed as checklist items are, so an activity keeps its status when it moves or its
 * title is edited), their status set by the pair, the pair's figures, and a fixed number of statements.
 */
public class ActivityServiceTest extends DatabaseTest {

    private ActivityService activities;
    private GrowthPlan plan;

    @Before
    public void givenAPlan() {
        activities = new ActivityService(ao, new Changes(ao), CLOCK);
        plan = givenPlan("MENT");
    }

    private static ActivityDefinition activity(String title, ActivityKind kind, String goalKey) {
        return new ActivityDefinition(ChecklistEntry.written(title), title, kind, goalKey);
    }

    private static List<String> described(List<Activity> list) {
        return list.stream().map(a -> a.title() + "|" + a.kind().parameter() + "|" + a.goalKey() + "|" + a.status().parameter())
                .toList();
    }

    private PracticeFigures practice() {
        return plans.getBySpaceKey("MENT").practice();
    }

    @Test
    public void shouldKeepTheActivitiesOfThePageInPageOrderAndTheirStatusWhenTheyMoveOrAreRenamed() {
        activities.syncActivities(plan.id(), List.of(activity("Speaking course", ActivityKind.COURSE, "g-speak"),
                activity("Shadow a release", ActivityKind.PROJECT, null)));
        String speaking = activities.activities(plan.id()).get(0).key();
        activities.setStatus(plan.id(), speaking, ActivityStatus.IN_PROGRESS, "mentee-MENT");

        activities.syncActivities(plan.id(), List.of(activity("Shadow a release", ActivityKind.PROJECT, null),
                activity("Speaking course", ActivityKind.COURSE, "g-speak"), activity("DevConf", ActivityKind.EVENT, null)));

        assertEquals(List.of("Shadow a release|project|null|planned", "Speaking course|course|g-speak|in-progress",
                "DevConf|event|null|planned"), described(activities.activities(plan.id())));
        assertEquals(speaking, activities.activities(plan.id()).get(1).key());

        activities.syncActivities(plan.id(), List.of(activity("DevConf", ActivityKind.EVENT, null)));
        assertEquals(List.of("DevConf|event|null|planned"), described(activities.activities(plan.id())));

        activities.syncActivities(plan.id(), List.of(activity("DevConf", ActivityKind.EVENT, null),
                activity("Speaking course", ActivityKind.COURSE, "g-speak")));
        assertEquals("in-progress", activities.activities(plan.id()).get(1).status().parameter());
    }

    @Test
    public void shouldRecordWhoSetTheStatusAndWhenAndCountActivitiesDoneOfThoseOnThePage() {
        activities.syncActivities(plan.id(), List.of(activity("Course", ActivityKind.COURSE, null),
                activity("Project", ActivityKind.PROJECT, null), activity("Event", ActivityKind.EVENT, null)));
        List<Activity> stored = activities.activities(plan.id());

        Activity done = activities.setStatus(plan.id(), stored.get(0).key(), ActivityStatus.DONE, "mentor-MENT");
        activities.setStatus(plan.id(), stored.get(2).key(), ActivityStatus.DONE, "mentee-MENT");

        assertEquals("mentor-MENT", done.changedBy());
        assertEquals(Instant.parse("2026-03-16T10:15:30Z"), done.changedAt());
        assertEquals(List.of(3, 2), List.of(practice().activities(), practice().activitiesDone()));
        activities.syncActivities(plan.id(), List.of(activity("Course", ActivityKind.COURSE, null)));
        assertEquals(List.of(1, 1), List.of(practice().activities(), practice().activitiesDone()));
    }

    @Test
    public void shouldRefuseAStatusFromSomebodyElseForAnUnknownOrRemovedActivityAndTooManyActivities() {
        activities.syncActivities(plan.id(), List.of(activity("Course", ActivityKind.COURSE, null),
                activity("Gone", ActivityKind.OTHER, null)));
        String gone = activities.activities(plan.id()).get(1).key();
        activities.syncActivities(plan.id(), List.of(activity("Course", ActivityKind.COURSE, null)));
        String course = activities.activities(plan.id()).get(0).key();

        assertThrows(InvalidInputException.class, () -> activities.setStatus(plan.id(), course, ActivityStatus.DONE, "somebody"));
        assertThrows(NotFoundException.class, () -> activities.setStatus(plan.id(), gone, ActivityStatus.DONE, "mentee-MENT"));
        assertThrows(NotFoundException.class, () -> activities.setStatus(plan.id(), "nope", ActivityStatus.DONE, "mentee-MENT"));
        List<ActivityDefinition> many = new ArrayList<>();
        for (int i = 0; i <= Limits.ITEMS_PER_LIST; i++) {
            many.add(activity("Activity " + i, ActivityKind.OTHER, null));
        }
        assertThrows(InvalidInputException.class, () -> activities.syncActivities(plan.id(), many));
        assertEquals(1, activities.activities(plan.id()).size());
    }

    private static int statements(Runnable work) {
        try (StatementCounter.Recording recording = StatementCounter.record()) {
            work.run();
            return recording.count();
        }
    }

    @Test
    public void shouldReadTheActivitiesAndCheckAnUnchangedPageInAFixedNumberOfStatements() {
        GrowthPlan large = givenPlan("LARGE");
        List<ActivityDefinition> one = List.of(activity("Only", ActivityKind.COURSE, null));
        List<ActivityDefinition> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            many.add(activity("Activity " + i, ActivityKind.OTHER, null));
        }
        activities.syncActivities(plan.id(), one);
        activities.syncActivities(large.id(), many);

        assertEquals(1, statements(() -> activities.activities(plan.id())));
        assertEquals(1, statements(() -> activities.activities(large.id())));
        int unchangedOne = statements(() -> activities.syncActivities(plan.id(), one));
        int unchangedMany = statements(() -> activities.syncActivities(large.id(), many));
        assertEquals("the stored activities, which are also the answer", 1, unchangedOne);
        assertEquals(activities.activities(large.id()), activities.syncActivities(large.id(), many));
        assertEquals(unchangedOne, unchangedMany);
    }
}
