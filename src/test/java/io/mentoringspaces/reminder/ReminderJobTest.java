package io.mentoringspaces.reminder;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import io.mentoringspaces.ao.SentNoticeEntity;
import io.mentoringspaces.blueprint.BlueprintKeys;
import io.mentoringspaces.blueprint.WizardFields;
import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.confluence.MailQueue.Mail;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.GoalDefinition;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingPageContent;
import io.mentoringspaces.model.NewPlan;
import io.mentoringspaces.model.Notice;
import io.mentoringspaces.model.NoticeKind;
import io.mentoringspaces.model.NoticePreference;
import io.mentoringspaces.model.PageTask;
import io.mentoringspaces.service.Changes;
import io.mentoringspaces.service.NoticePreferenceService;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.PlanRows;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.java.ao.Query;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The daily reminder job end to end, in the test Confluence on the real database: every kind of notice
 * reaches its recipient as a captured mail in their language with its link, once only (two runs, and
 * two nodes sharing the database, send one mail); only active plans get notices (an invited, archived or
 * closed one none, nor a place in the digest); a kind its recipient
 * stopped is neither sent nor claimed, and the other kinds still are; without a mail server nothing is
 * queued or recorded. Today is Monday 2026-03-16, so the coordinators' digest is due too.
 */
public class ReminderJobTest extends DatabaseTest {

    private static final String BASE = ConfluenceDouble.BASE_URL;

    private ConfluenceDouble confluence;

    @Before
    public void givenConfluenceAndPairs() {
        confluence = node();
        confluence.group("coordinators-grad", "carol");
        givenProgramme("grad");
    }

    @After
    public void stopConfluence() {
        confluence.close();
    }

    /** A node of the cluster: a test Confluence running the app on the shared database, with the pair's users. */
    private ConfluenceDouble node() {
        ConfluenceDouble node = new ConfluenceDouble(CLOCK);
        node.startApp(ao);
        for (String name : List.of("mia", "max", "tom", "tina", "lea", "leo", "gus", "gil", "ann", "art", "ida", "ivo", "carol")) {
            node.user(name, name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1) + " Example");
        }
        node.language("tom", Locale.GERMANY);
        return node;
    }

    /** An active pair that started four weeks ago, its cadence counting from then. */
    private GrowthPlan pair(String spaceKey, String mentee, String mentor) {
        return PlanRows.activeSinceStart(ao, plans, plans.create(new NewPlan(spaceKey, "grad", "key-" + mentee, mentee,
                "key-" + mentor, mentor, TODAY.minusWeeks(4), Cadence.WEEKLY)));
    }

    private JobRunnerResponse run(ConfluenceDouble node) {
        return node.scheduler().run(ReminderJob.JOB, Date.from(CLOCK.instant()));
    }

    private List<Mail> mailsTo(String name) {
        return confluence.mail().sent().stream().filter(mail -> mail.to().equals(name + "@example.com")).toList();
    }

    private Mail onlyMailTo(String name) {
        List<Mail> mails = mailsTo(name);
        assertEquals(mails.toString(), 1, mails.size());
        return mails.get(0);
    }

    /** The meeting is due tomorrow by the cadence: the last was held six days ago, weekly. */
    private GrowthPlan givenMeetingDueTomorrow() {
        GrowthPlan plan = pair("TOM", "tom", "tina");
        givenHeldMeeting(plan, 11, TODAY.minusDays(6), "Last");
        return plan;
    }

    @Test
    public void shouldRegisterTheRunnerOnStartScheduleItOncePerClusterAndUnregisterItOnStop() {
        assertTrue(confluence.scheduler().registeredRunners().contains(ReminderJob.RUNNER));
        JobConfig job = confluence.scheduler().job(ReminderJob.JOB);
        assertEquals(ReminderJob.RUNNER, job.getJobRunnerKey());
        assertEquals(RunMode.RUN_ONCE_PER_CLUSTER, job.getRunMode());
        assertEquals("0 0 7 * * ?", job.getSchedule().getCronScheduleInfo().getCronExpression());

        confluence.app().close();

        assertFalse(confluence.scheduler().registeredRunners().contains(ReminderJob.RUNNER));
        assertNull(run(confluence));
    }

    @Test
    public void shouldRemindTheMenteeTheDayBeforeTheMeetingIsDueInTheirLanguage() {
        givenMeetingDueTomorrow();

        assertTrue(run(confluence).getMessage().endsWith(" reminders sent"));

        Mail mail = onlyMailTo("tom");
        assertEquals("Ihr Mentoring-Treffen ist morgen f\u00e4llig (2026-03-17)", mail.subject());
        assertEquals("text/html", mail.mimeType());
        assertTrue(mail.body(), mail.body().contains("<p>Hallo Tom Example,</p>"));
        assertTrue(mail.body(), mail.body().contains("<a href=\"" + BASE + "/display/TOM\">Besprechungsseite anlegen</a>"));
        assertTrue(mail.body(), mail.body().contains("<a href=\"" + BASE
                + "/plugins/servlet/mentoring/notifications?stop=meeting-tomorrow\">Mails dieser Art abbestellen</a>"));
        assertTrue(mailsTo("tina").isEmpty());
    }

    @Test
    public void shouldNotRemindOfTomorrowsMeetingOnceItsPageIsCreated() {
        GrowthPlan plan = givenMeetingDueTomorrow();
        meetings.link(plan.id(), 12, TODAY.plusDays(1), "Tomorrow");

        run(confluence);

        assertTrue(mailsTo("tom").isEmpty());
    }

    @Test
    public void shouldTellTheMenteeOnceWhenTheMeetingIsOverdue() {
        GrowthPlan plan = pair("LATE", "lea", "leo");
        givenHeldMeeting(plan, 21, TODAY.minusDays(10), "Last");

        run(confluence);
        run(confluence);

        Mail mail = onlyMailTo("lea");
        assertEquals("Your mentoring meeting is overdue (due 2026-03-13)", mail.subject());
        assertTrue(mail.body(), mail.body().contains("<a href=\"" + BASE + "/display/LATE\">Open the mentoring space</a>"));
    }

    @Test
    public void shouldTellTheMentorWeeklyThatGoalsWaitForAgreement() {
        GrowthPlan plan = pair("GOAL", "gus", "gil");
        givenHeldMeeting(plan, 31, TODAY.minusDays(2), "Last");
        goals.replaceGoalIndex(plan.id(), List.of(new GoalDefinition("g1", "Speak <b>up</b>", "Two talks", null,
                GoalStatus.NOT_STARTED), new GoalDefinition("g2", "Write", "One post", null, GoalStatus.NOT_STARTED)));

        run(confluence);

        Mail mail = onlyMailTo("gil");
        assertEquals("Goals wait for your agreement in GOAL", mail.subject());
        assertTrue(mail.body(), mail.body().contains("as they now read, in the mentoring space GOAL: 2."));
        assertFalse("no goal title in the mail", mail.body().contains("Speak"));
        assertTrue(mailsTo("gus").isEmpty());
    }

    @Test
    public void shouldTellTheMentorOnceWhenTheAgendaIsShared() {
        GrowthPlan plan = pair("AGEN", "ann", "art");
        givenHeldMeeting(plan, 41, TODAY.minusDays(3), "Last");
        meetings.link(plan.id(), 42, TODAY.plusDays(2), "Next");
        meetings.syncPage(42, new MeetingPageContent(true, Instant.parse("2026-03-16T08:00:00Z"), List.of(), Map.of(), List.of()));

        run(confluence);
        run(confluence);

        Mail mail = onlyMailTo("art");
        assertEquals("The agenda of your meeting on 2026-03-18 is shared", mail.subject());
        assertTrue(mail.body(), mail.body().contains("<a href=\"" + BASE + "/pages/viewpage.action?pageId=42\">Read the meeting page</a>"));
    }

    @Test
    public void shouldTellTheAssigneeTheDayBeforeAnActionItemIsDue() {
        GrowthPlan plan = pair("ITEM", "ida", "ivo");
        givenHeldMeeting(plan, 51, TODAY.minusDays(3), "Last");
        meetings.syncPage(51, new MeetingPageContent(false, Instant.parse("2026-03-13T08:00:00Z"), List.of(
                new PageTask("1", false, "Send the slides", "key-ivo", TODAY.plusDays(1)),
                new PageTask("2", true, "Done already", "key-ida", TODAY.plusDays(1)),
                new PageTask("3", false, "Later", "key-ida", TODAY.plusDays(5))), Map.of(), List.of()));

        run(confluence);

        Mail mail = onlyMailTo("ivo");
        assertEquals("An action item of yours is due tomorrow (2026-03-17)", mail.subject());
        assertTrue(mail.body(), mail.body().contains("pageId=51"));
        assertFalse("no item text in the mail", mail.body().contains("slides"));
        assertTrue(mailsTo("ida").isEmpty());
    }

    @Test
    public void shouldSendCoordinatorsTheWeeklyDigestWithFiguresAndSpaceKeysOnly() {
        GrowthPlan late = pair("LATE", "lea", "leo");
        givenHeldMeeting(late, 21, TODAY.minusDays(10), "Confidential notes of Lea");
        pair("STALL", "mia", "max");
        GrowthPlan fine = pair("FINE", "gus", "gil");
        for (int week = 0; week < 4; week++) {
            givenHeldMeeting(fine, 31 + week, TODAY.minusDays(2 + 7 * week), "Fine");
        }

        run(confluence);
        run(confluence);

        Mail mail = onlyMailTo("carol");
        assertEquals("Mentoring programmes: this week\u2019s stalled and at-risk pairs", mail.subject());
        assertTrue(mail.body(), mail.body().contains("<p>Programme grad: 3 active pairs, 1 stalled, 1 at risk</p>"));
        assertTrue(mail.body(), mail.body().contains("<p>Stalled:</p><ul><li>STALL</li></ul><p>At risk:</p><ul><li>LATE</li></ul>"));
        assertFalse(mail.body().contains("Confidential"));
        assertFalse(mail.body().contains("FINE"));
        assertTrue(mail.body(), mail.body().contains("<a href=\"" + BASE + "/plugins/servlet/mentoring/coordinator\">"));
    }

    @Test
    public void shouldSendEachNoticeOnceWhenTwoNodesSharingTheDatabaseRunTheJob() {
        givenMeetingDueTomorrow();
        ConfluenceDouble second = node();
        try {
            run(confluence);
            run(second);

            assertEquals(1, mailsTo("tom").size());
            assertTrue(second.mail().sent().isEmpty());
            assertEquals(1, ao.count(SentNoticeEntity.class, Query.select().where("KIND = ?", "MEETING_TOMORROW")));
        } finally {
            second.close();
        }
    }

    @Test
    public void shouldQueueNothingRecordNothingAndFailNothingWithoutAMailServer() {
        givenMeetingDueTomorrow();
        confluence.mail().mailServer(false);

        assertEquals("No mail server is configured: no reminders sent", run(confluence).getMessage());

        assertEquals(0, confluence.mail().waiting("mail"));
        assertEquals(0, ao.count(SentNoticeEntity.class, Query.select()));
        assertTrue(confluence.mail().failures().isEmpty());

        confluence.mail().mailServer(true);
        run(confluence);
        assertEquals(1, mailsTo("tom").size());
    }

    @Test
    public void shouldSendNoMeetingReminderWhileTheMentorHasNotAccepted() {
        GrowthPlan plan = plans.create(new NewPlan("WAIT", "grad", "key-tom", "tom", "key-tina", "tina", TODAY.minusWeeks(4),
                Cadence.WEEKLY));
        givenHeldMeeting(plan, 11, TODAY.minusDays(6), "Last");

        run(confluence);

        assertTrue(mailsTo("tom").isEmpty());
    }

    @Test
    public void shouldCountTheMeetingsDueFromTheDayTheMentorAccepted() {
        GrowthPlan plan = plans.create(new NewPlan("ACC", "grad", "key-lea", "lea", "key-leo", "leo", TODAY.minusWeeks(4),
                Cadence.WEEKLY));
        plans.accept(plan.id());

        run(confluence);

        assertTrue("accepted today: the first meeting is due in a week, nothing is overdue", mailsTo("lea").isEmpty());
    }

    @Test
    public void shouldSendNothingForAnArchivedPlan() {
        GrowthPlan plan = givenMeetingDueTomorrow();
        plans.archive(plan.id());

        run(confluence);

        assertTrue(confluence.mail().sent().isEmpty());
    }

    /**
     * A pair owed a notice of every kind it can get: its meeting overdue (held ten days ago, weekly) or,
     * {@code withAgenda}, its next meeting's agenda shared; a goal waiting for the mentor's agreement; an
     * action item of each side due tomorrow.
     */
    private GrowthPlan givenAPairOwedEveryNotice(String spaceKey, String mentee, String mentor, long page, boolean withAgenda) {
        GrowthPlan plan = pair(spaceKey, mentee, mentor);
        givenHeldMeeting(plan, page, TODAY.minusDays(10), "Last");
        meetings.syncPage(page, new MeetingPageContent(false, Instant.parse("2026-03-06T08:00:00Z"), List.of(
                new PageTask("1", false, "For the mentee", "key-" + mentee, TODAY.plusDays(1)),
                new PageTask("2", false, "For the mentor", "key-" + mentor, TODAY.plusDays(1))), Map.of(), List.of()));
        goals.replaceGoalIndex(plan.id(), List.of(new GoalDefinition("g1", "Speak up", "Two talks", null, GoalStatus.NOT_STARTED)));
        if (withAgenda) {
            meetings.link(plan.id(), page + 1, TODAY.plusDays(2), "Next");
            meetings.syncPage(page + 1, new MeetingPageContent(true, Instant.parse("2026-03-16T08:00:00Z"), List.of(), Map.of(),
                    List.of()));
        }
        return plan;
    }

    @Test
    public void shouldSendAClosedPairNoNoticeOfAnyKindAndLeaveItOutOfTheDigest() {
        givenAPairOwedEveryNotice("IDA", "ida", "ivo", 61, false);
        givenAPairOwedEveryNotice("GUS", "gus", "gil", 71, true);
        plans.close(givenAPairOwedEveryNotice("ANN", "ann", "art", 81, false).id(), "key-ann", 89);
        plans.close(givenAPairOwedEveryNotice("LEA", "lea", "leo", 91, true).id(), "key-leo", 99);

        run(confluence);

        assertEquals(2, mailsTo("ida").size());
        assertEquals(2, mailsTo("ivo").size());
        assertEquals(1, mailsTo("gus").size());
        assertEquals(3, mailsTo("gil").size());
        for (String closed : List.of("ann", "art", "lea", "leo")) {
            assertEquals(closed, List.of(), mailsTo(closed));
            assertEquals(closed, 0, ao.count(SentNoticeEntity.class, Query.select().where("RECIPIENT_KEY = ?", "key-" + closed)));
        }
        Mail digest = onlyMailTo("carol");
        assertTrue(digest.body(), digest.body().contains("<p>Programme grad: 2 active pairs, 0 stalled, 2 at risk</p>"));
        assertTrue(digest.body(), digest.body().contains("<p>At risk:</p><ul><li>GUS</li><li>IDA</li></ul>"));
        assertFalse(digest.body(), digest.body().contains("ANN") || digest.body().contains("LEA"));
    }

    @Test
    public void shouldInviteTheMentorOncePerPlanWithALinkToTheSpace() {
        GrowthPlan plan = pair("INV", "mia", "max");
        NoticeSender sender = confluence.app().bean("noticeSender", NoticeSender.class);

        assertTrue(sender.mentorInvited(plan));
        assertFalse(sender.mentorInvited(plan));

        Mail mail = onlyMailTo("max");
        assertEquals("You are invited to mentor in the mentoring space INV", mail.subject());
        assertTrue(mail.body(), mail.body().contains("starting on " + TODAY.minusWeeks(4)));
        assertTrue(mail.body(), mail.body().contains("<a href=\"" + BASE + "/display/INV\">Open the mentoring space</a>"));
    }

    @Test
    public void shouldInviteTheMentorWhenAMenteeCreatesTheSpaceFromTheBlueprint() {
        confluence.loginAs("mia");
        confluence.createContent().createSpace(BlueprintKeys.SPACE_BLUEPRINT, "NEW", "Mia\u2019s mentoring", new HashMap<>(Map.of(
                WizardFields.SPACE_BLUEPRINT, BlueprintKeys.SPACE_BLUEPRINT, "programme", "grad", "mentor", "max")));
        confluence.loginAs(null);

        assertEquals("You are invited to mentor in the mentoring space NEW", onlyMailTo("max").subject());
        assertTrue(mailsTo("mia").isEmpty());
    }

    @Test
    public void shouldEndTheMailOfEveryKindWithTheLinkThatStopsThatKind() {
        NoticeMails mails = confluence.app().bean("noticeMails", NoticeMails.class);
        for (NoticeKind kind : NoticeKind.values()) {
            Notice notice = new Notice(kind, "key-max", "1", "2026-03-17", kind == NoticeKind.COORDINATOR_DIGEST ? null : "MENT",
                    0, "2026-03-17", 1, List.of());

            String body = mails.mail(notice, "max@example.com", "Max", Locale.ENGLISH).getBody();

            assertTrue(body, body.contains("<a href=\"" + BASE + "/plugins/servlet/mentoring/notifications?stop="
                    + kind.parameter() + "\">Stop mails of this kind</a></p></body></html>"));
        }
    }

    private void stop(String name, NoticeKind kind, boolean stopped) {
        new NoticePreferenceService(ao, new Changes(ao)).change("key-" + name, List.of(new NoticePreference(kind, !stopped)));
    }

    @Test
    public void shouldNeitherSendNorClaimAKindTheRecipientStoppedAndSendItOnceSwitchedOnAgain() {
        givenMeetingDueTomorrow();
        stop("tom", NoticeKind.MEETING_TOMORROW, true);

        run(confluence);

        assertTrue(mailsTo("tom").isEmpty());
        assertEquals(0, ao.count(SentNoticeEntity.class, Query.select().where("RECIPIENT_KEY = ?", "key-tom")));

        stop("tom", NoticeKind.MEETING_TOMORROW, false);
        run(confluence);
        assertEquals(1, mailsTo("tom").size());
    }

    @Test
    public void shouldStillSendTheKindsTheRecipientDidNotStop() {
        GrowthPlan plan = pair("AGEN", "ann", "art");
        givenHeldMeeting(plan, 41, TODAY.minusDays(3), "Last");
        meetings.link(plan.id(), 42, TODAY.plusDays(2), "Next");
        meetings.syncPage(42, new MeetingPageContent(true, Instant.parse("2026-03-16T08:00:00Z"), List.of(
                new PageTask("1", false, "Book a room", "key-art", TODAY.plusDays(1))), Map.of(), List.of()));
        stop("art", NoticeKind.ACTION_ITEM_DUE, true);
        stop("ann", NoticeKind.AGENDA_SHARED, true);

        run(confluence);

        assertEquals("The agenda of your meeting on 2026-03-18 is shared", onlyMailTo("art").subject());
        assertEquals(0, ao.count(SentNoticeEntity.class, Query.select().where("KIND = ?", "ACTION_ITEM_DUE")));
        assertEquals(1, ao.count(SentNoticeEntity.class, Query.select().where("KIND = ?", "AGENDA_SHARED")));
    }

    @Test
    public void shouldSendNoDigestToACoordinatorWhoStoppedIt() {
        pair("STALL", "mia", "max");
        stop("carol", NoticeKind.COORDINATOR_DIGEST, true);

        run(confluence);

        assertTrue(mailsTo("carol").isEmpty());
    }

    @Test
    public void shouldNotInviteAMentorWhoStoppedInvitations() {
        GrowthPlan plan = pair("INV", "mia", "max");
        stop("max", NoticeKind.MENTOR_INVITED, true);

        assertFalse(confluence.app().bean("noticeSender", NoticeSender.class).mentorInvited(plan));

        assertTrue(mailsTo("max").isEmpty());
    }

    @Test
    public void shouldEscapeWhatTheMailQuotes() {
        GrowthPlan plan = plans.create(new NewPlan("ESC", "grad", "key-mia", "mia", "key-max", "max", TODAY, Cadence.WEEKLY));
        confluence.changeFullName("max", "Max <i>&</i> \"Co\"");

        confluence.app().bean("noticeSender", NoticeSender.class).mentorInvited(plan);

        assertTrue(onlyMailTo("max").body().contains("<p>Hello Max &lt;i&gt;&amp;&lt;/i&gt; &quot;Co&quot;,</p>"));
    }
}
