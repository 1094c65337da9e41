package io.mentoringspaces.macro;

import static org.junit.Assert.assertEquals;

import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.NewPlan;
import io.mentoringspaces.testsupport.MentoringSpace;
import io.mentoringspaces.testsupport.PlanRows;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Test;

/**
 * Macros in the viewer's language: texts from the bundle of the language Confluence gives the user,
 * dates and numbers in that locale, whatever language the page was written in.
 */
public class MacroLanguageTest extends MacroTestBase {

    /**
     * The meetings macro of a weekly plan started on 2002-03-04 (1,254 weeks before 2026-03-16), whose
     * one meeting was held on 2025-12-01.
     */
    private Document meetingsOfALongPlan(String user) {
        GrowthPlan old = PlanRows.activeSinceStart(ao, plans, plans.create(new NewPlan(MentoringSpace.OTHER_SPACE, "grad",
                "key-mia", "Mia Mentee", "key-max", "Max Mentor", LocalDate.of(2002, 3, 4), Cadence.WEEKLY)));
        confluence.page(901, MentoringSpace.OTHER_SPACE, null, "2025-12-01 Mentoring meeting", "");
        givenHeldMeeting(old, 901, LocalDate.of(2025, 12, 1), "2025-12-01 Mentoring meeting");
        return Jsoup.parse(render("mentoring-meetings", Map.of(), null, OTHER_PAGE, user));
    }

    private Document goalCard(String user) {
        givenGoal("g-speak", "Speak at a meetup", "One talk", LocalDate.of(2026, 3, 1), GoalStatus.IN_PROGRESS);
        goals.recordAgreement(plan.id(), "g-speak", "key-max");
        return Jsoup.parse(render("mentoring-goal", Map.of("goalKey", "g-speak", "title", "Speak at a meetup",
                "target", "One talk", "dueDate", "2026-03-01", "status", "in-progress"), "<p>Steps</p>", GROWTH_PLAN_PAGE, user));
    }

    private static List<String> texts(Document html, String selector) {
        return html.select(selector).eachText();
    }

    @Test
    public void shouldShowAGermanUserTheMeetingsInGermanWithGermanDatesAndNumbers() {
        confluence.language("mia", Locale.GERMANY);
        Document html = meetingsOfALongPlan("mia");
        assertEquals(List.of("Zeitleiste der Treffen"), texts(html, ".mentoring-meetings-title"));
        String text = html.text();
        assertContains(text, "Abgehaltene Treffen: 1 von 1.255 erwarteten (w\u00f6chentlich)");
        assertContains(text, "Tage seit dem letzten Treffen: 105");
        assertContains(text, "N\u00e4chstes Treffen f\u00e4llig: 08.12.2025");
        assertContains(text, "01.12.2025");
    }

    @Test
    public void shouldShowAnEnglishUserTheSameMeetingsInEnglish() {
        Document html = meetingsOfALongPlan("mia");
        String text = html.text();
        assertContains(text, "Meetings held: 1 of 1,255 expected (weekly)");
        assertContains(text, "Days since the last meeting: 105");
        assertContains(text, "Next meeting due: 8 Dec 2025");
        assertContains(text, "1 Dec 2025");
    }

    @Test
    public void shouldShowAGermanUserAGoalCardInGerman() {
        confluence.language("mia", Locale.GERMANY);
        Document html = goalCard("mia");
        assertEquals("Messbares Ziel: One talk", html.selectFirst(".mentoring-goal-target").text());
        assertEquals("F\u00e4llig am 01.03.2026", html.selectFirst(".mentoring-goal-due").text());
        assertEquals("\u00dcberf\u00e4llig", html.selectFirst(".mentoring-overdue").text());
        assertEquals("Von Max Mentor am 16.03.2026 best\u00e4tigt.", html.selectFirst(".mentoring-agreement").text());
        assertEquals("0\u00a0%", html.selectFirst(".mentoring-progress-label").wholeText());
    }

    @Test
    public void shouldShowAnEnglishUserTheSameGoalCardInEnglish() {
        confluence.language("mia", Locale.GERMANY);
        Document html = goalCard("max");
        assertEquals("Measurable target: One talk", html.selectFirst(".mentoring-goal-target").text());
        assertEquals("Due 1 Mar 2026", html.selectFirst(".mentoring-goal-due").text());
        assertEquals("Agreed by Max Mentor on 16 Mar 2026.", html.selectFirst(".mentoring-agreement").text());
        assertEquals("0%", html.selectFirst(".mentoring-progress-label").text());
    }

    @Test
    public void shouldWriteTheLimitOfARefusedParameterInTheViewersLocale() {
        Map<String, String> parameters = Map.of("goalKey", "g-speak", "title", "Speak at a meetup", "evaluation", "x".repeat(2001));
        assertEquals("Evaluation points is longer than 2,000 characters.",
                Jsoup.parse(render("mentoring-goal", parameters, null, GROWTH_PLAN_PAGE, "mia")).selectFirst(".aui-message").text());
        confluence.language("mia", Locale.GERMANY);
        assertEquals("\u00dcberpr\u00fcfungspunkte ist l\u00e4nger als 2.000 Zeichen.",
                Jsoup.parse(render("mentoring-goal", parameters, null, GROWTH_PLAN_PAGE, "mia")).selectFirst(".aui-message").text());
    }

    private static void assertContains(String text, String part) {
        assertEquals(text, true, text.contains(part));
    }
}
