package io.mentoringspaces.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.mentoringspaces.blueprint.BlueprintKeys;
import io.mentoringspaces.blueprint.WizardFields;
import io.mentoringspaces.model.ActivityKind;
import io.mentoringspaces.model.ActivityStatus;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.ChecklistKeys;
import io.mentoringspaces.model.DefaultChecklist;
import io.mentoringspaces.model.GoalKeys;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.storage.StorageMarkup;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo, written the way people would make it: two programmes; five mentoring spaces created from
 * the Mentoring space blueprint (the app's listener sets up plan, category and permissions), the mentor
 * accepting each invitation through the app's REST API, and a sixth whose mentor has not answered yet
 * ({@link #INVITED_SPACE}); growth
 * plans filled in with goals at different progress, agreed by the mentor; months of meeting pages
 * created from the Mentoring meeting blueprint (indexed by the app's listener), with notes and action
 * items, each confirmed as held by the mentee or the mentor (of the meetings a pair missed, the first
 * was cancelled, later ones are left unconfirmed); progress recorded on those meetings and checklist
 * items ticked through the app's REST API, each on the day it happened where the Confluence
 * can turn its clock back. One pair has stalled, one is at risk. The same demo is written into the sandbox's test Confluence and, for the browser tests,
 * into a real Confluence.
 */
public final class DemoData {

    /** Each user's part in the demo, in the order the user switcher lists them; the first five are the roles to try. */
    public static final Map<String, String> ROLES = roles();
    /** The demo's mentoring spaces, by key. */
    public static final List<String> SPACES = pairs(LocalDate.now()).stream().map(PairSpec::spaceKey).toList();
    /**
     * The space of the demo's invited pair: created a few days ago in the programme New leaders, its
     * mentor has not answered the invitation yet; no meetings, not among {@link #SPACES}.
     */
    public static final String INVITED_SPACE = "TARA";
    /** The mentee of the invited pair. */
    public static final String INVITED_MENTEE = "tara";
    /** The mentor the invited pair waits for. */
    public static final String INVITED_MENTOR = "ben";
    /**
     * The space of the demo's closed pair: a mentorship in the programme New leaders that its mentee closed
     * with a closing review ten weeks ago, after two of its three goals were achieved; not among {@link #SPACES}.
     */
    public static final String CLOSED_SPACE = "RUTH";
    /** The mentee of the closed pair. */
    public static final String CLOSED_MENTEE = "ruth";
    /** What the closed pair wrote in its closing review, in the order of the review's sections. */
    private static final List<String> CLOSING_NOTES = List.of(
            "Preparing each meeting with one question to decide; the monthly rhythm kept us honest.",
            "Olivia asked the questions I had avoided. More examples from her own first year would have helped.",
            "Ruth grew most in how she runs her team meetings; she should keep practising difficult conversations.",
            "Ruth joins the managers\u2019 community of practice and asks a peer for feedback every quarter.");

    private static final Pattern PLACEHOLDER = Pattern.compile("<ac:placeholder>.*?</ac:placeholder>", Pattern.DOTALL);
    private static final List<String> PEOPLE = List.of("mia:Mia Novak", "max:Max Berger", "carol:Carol Jensen",
            "ada:Ada Lindqvist", "otto:Otto Keller", "noah:Noah Fischer", "olivia:Olivia Grant", "lena:Lena Park",
            "omar:Omar Haddad", "sofia:Sofia Costa", "priya:Priya Raman", "tara:Tara Quinn", "ben:Ben Okafor", "ruth:Ruth Adler");
    private static final String ADMINISTRATOR = "ada";
    /** The create-content plugin's context entries for a page's title and for child pages titled without their parent's. */
    private static final String CONTENT_PAGE_TITLE = "ContentPageTitle";
    private static final String NO_PAGE_TITLE_PREFIX = "noPageTitlePrefix";
    /**
     * Goals a mentee also shows in a section of their own on the growth plan (a second macro showing the
     * goal, as people may place one), by space: the goal's copies there update together.
     */
    public static final Map<String, String> FOCUS_GOALS = Map.of("LENA", "Learn the payments domain");

    /** A page of a demo space, as the browser tests' configuration names it. */
    public record PageSummary(long id, String title, boolean meeting) {
    }

    /** A goal of a growth plan: its macro's parameters, and the progress recorded on later meetings. */
    record GoalSpec(String title, String target, String evaluation, int dueWeeksFromToday, List<String> steps,
            int finalPercent, GoalStatus finalStatus, int updates, boolean agreed) {
    }

    /** A pair: its space, programme, people, cadence, and which meetings were held (by number since the start). */
    record PairSpec(String spaceKey, String spaceName, String programme, String mentee, String mentor, Cadence cadence,
            LocalDate start, int meetingsDue, Set<Integer> missed, List<GoalSpec> goals, int ticked, List<String> extraChecklist,
            int extraTicked) {
    }

    private final DemoWriter confluence;
    private final RestClient rest;
    private final Properties texts;

    private DemoData(DemoWriter confluence, RestClient rest) {
        this.confluence = confluence;
        this.rest = rest;
        this.texts = bundle();
    }

    /**
     * The configuration of the browser tests for the demo in a Confluence at {@code baseUrl}, whose
     * spaces have the pages {@code pagesOf} lists: every page of each demo space, and its growth plan,
     * Meetings page, Feedback log and latest meeting.
     */
    public static Properties browserConfiguration(String baseUrl, Function<String, List<PageSummary>> pagesOf) {
        Properties texts = bundle();
        Properties configuration = new Properties();
        configuration.setProperty("browser.base.url", baseUrl);
        configuration.setProperty("browser.spaces", String.join(",", SPACES));
        for (String space : SPACES) {
            List<PageSummary> pages = pagesOf.apply(space);
            String prefix = "browser.space." + space + ".";
            configuration.setProperty(prefix + "mentee", pairs(LocalDate.now()).stream().filter(p -> p.spaceKey().equals(space))
                    .findFirst().orElseThrow().mentee());
            configuration.setProperty(prefix + "pages", String.join(",", pages.stream().map(p -> String.valueOf(p.id())).toList()));
            configuration.setProperty(prefix + "growth-plan", idOf(pages, text(texts, "mentoring.blueprint.growth-plan.title")));
            configuration.setProperty(prefix + "meetings", idOf(pages, text(texts, "mentoring.blueprint.meetings.name")));
            configuration.setProperty(prefix + "feedback-log", idOf(pages, text(texts, "mentoring.blueprint.feedback.name")));
            configuration.setProperty(prefix + "latest-meeting", String.valueOf(pages.stream().filter(PageSummary::meeting)
                    .max(Comparator.comparing(PageSummary::title)).orElseThrow().id()));
        }
        return configuration;
    }

    private static String idOf(List<PageSummary> pages, String title) {
        return String.valueOf(pages.stream().filter(p -> p.title().equals(title)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No page " + title)).id());
    }

    private static Map<String, String> roles() {
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put("mia", "mentee, space MIA");
        roles.put("max", "mentor of Mia and Lena");
        roles.put("carol", "coordinator of both programmes");
        roles.put("ada", "Confluence administrator");
        roles.put("otto", "outsider");
        roles.put("noah", "mentee, space NOAH");
        roles.put("olivia", "mentor of Noah and Ruth");
        roles.put("lena", "mentee, space LENA");
        roles.put("omar", "mentee, space OMAR");
        roles.put("sofia", "mentee, space SOFIA");
        roles.put("priya", "mentor of Omar and Sofia");
        roles.put("tara", "mentee, space TARA (mentor invited)");
        roles.put("ben", "invited mentor of Tara");
        roles.put("ruth", "mentee, space RUTH (mentorship closed)");
        return roles;
    }

    /** The demo's people: its users, the programmes' coordinator groups and a Confluence administrator. */
    public static void people(DemoWriter confluence) {
        for (String entry : PEOPLE) {
            String[] parts = entry.split(":");
            confluence.user(parts[0], parts[1]);
        }
        confluence.group("grad-coordinators", List.of("carol"));
        confluence.group("leaders-coordinators", List.of("carol"));
        confluence.administrator(ADMINISTRATOR);
    }

    /**
     * Writes the demo into {@code confluence} (its people in place), the app's data through its REST API
     * ({@code rest}), as of {@code today}.
     */
    public static void write(DemoWriter confluence, RestClient rest, LocalDate today) throws IOException, InterruptedException {
        new DemoData(confluence, rest).write(today);
    }

    private void write(LocalDate today) throws IOException, InterruptedException {
        confluence.on(today.minusMonths(8));
        programme("grad", "Graduate programme",
                "Two years of mentoring for graduate engineers: a mentor from another team, weekly or fortnightly.",
                "grad-coordinators", "weekly", "view");
        programme("leaders", "New leaders", "Monthly mentoring for first-time team leads by experienced managers.",
                "leaders-coordinators", "monthly", "metrics-only");
        for (PairSpec pair : pairs(today)) {
            pair(pair, today);
        }
        closedPair(today);
        space(invitedPair(today));
    }

    /**
     * The pair whose mentee closed the mentorship ten weeks ago: its meetings and progress as the other
     * pairs', then a closing review page made from the blueprint, its sections written, and the close.
     */
    private void closedPair(LocalDate today) throws IOException, InterruptedException {
        PairSpec pair = new PairSpec(CLOSED_SPACE, "Ruth\u2019s mentoring", "leaders", CLOSED_MENTEE, "olivia", Cadence.MONTHLY,
                today.minusMonths(10), 7, Set.of(), List.of(
                        new GoalSpec("Run a calm team meeting", "Weekly team meeting that ends on time with decisions noted",
                                "The team\u2019s feedback after a month", -12, List.of("Write an agenda template"), 100,
                                GoalStatus.ACHIEVED, 3, true),
                        new GoalSpec("Hold difficult conversations", "Two conversations prepared with Olivia and held",
                                "Reflection with Olivia after each", -14, List.of("Practise with Olivia"), 100, GoalStatus.ACHIEVED,
                                2, true),
                        new GoalSpec("Build a hiring plan", "Hiring plan for next year agreed with the director",
                                "Planning review", -4, List.of("List the roles"), 40, GoalStatus.IN_PROGRESS, 2, false)),
                6, List.of(), 0);
        pair(pair, today);
        confluence.on(today.minusWeeks(10));
        DemoWriter.DemoPage review = confluence.createPage(CLOSED_MENTEE, BlueprintKeys.CLOSING_REVIEW_BLUEPRINT, CLOSED_SPACE,
                confluence.homePage(CLOSED_SPACE), Map.of());
        String body = review.body();
        for (String note : CLOSING_NOTES) {
            body = PLACEHOLDER.matcher(body).replaceFirst(Matcher.quoteReplacement(note));
        }
        confluence.updatePage(CLOSED_MENTEE, review, body);
        rest.send("POST", "/rest/mentoring/1.0/pages/" + review.id() + "/mentorship/close", CLOSED_MENTEE, Map.of());
    }

    private void programme(String key, String name, String description, String group, String cadence, String access)
            throws IOException, InterruptedException {
        Map<String, Object> programme = new LinkedHashMap<>();
        programme.put("key", key);
        programme.put("name", name);
        programme.put("description", description);
        programme.put("coordinatorGroup", group);
        programme.put("defaultCadence", cadence);
        programme.put("coordinatorAccess", access);
        rest.send("POST", "/rest/mentoring/1.0/programmes", ADMINISTRATOR, programme);
    }

    private static List<PairSpec> pairs(LocalDate today) {
        List<PairSpec> pairs = new ArrayList<>();
        pairs.add(new PairSpec("MIA", "Mia\u2019s mentoring", "grad", "mia", "max", Cadence.WEEKLY, today.minusWeeks(20), 20,
                Set.of(7, 13), List.of(
                        new GoalSpec("Lead a sprint retrospective", "Facilitate two retrospectives with a score of 4/5 or more",
                                "After each retrospective, with the team\u2019s feedback", 6,
                                List.of("Shadow two retrospectives", "Prepare a format", "Facilitate with Max observing"), 60,
                                GoalStatus.IN_PROGRESS, 3, true),
                        new GoalSpec("Present at the engineering all-hands", "One 10-minute talk on the billing migration",
                                "Feedback from three colleagues", -4, List.of("Outline the talk", "Dry run with Max"), 100,
                                GoalStatus.ACHIEVED, 4, true),
                        new GoalSpec("Write a design document", "A design for the invoice service, approved by two reviewers",
                                "Review meeting at the end of the quarter", 10, List.of("Read three good design documents",
                                        "Draft the problem statement"), 30, GoalStatus.IN_PROGRESS, 2, false),
                        new GoalSpec("Learn the basics of Kubernetes", "Deploy a service to the staging cluster on my own",
                                "Pairing session with the platform team", 16, List.of("Finish the internal course"), 0,
                                GoalStatus.NOT_STARTED, 0, false)),
                6, List.of(), 0));
        pairs.add(new PairSpec("NOAH", "Noah\u2019s mentoring", "grad", "noah", "olivia", Cadence.FORTNIGHTLY,
                today.minusWeeks(26), 13, Set.of(5), List.of(
                        new GoalSpec("Improve code review turnaround", "Review requests answered within one working day",
                                "Monthly look at the review statistics", 4, List.of("Block review time every morning"), 80,
                                GoalStatus.IN_PROGRESS, 4, true),
                        new GoalSpec("Own the on-call runbook", "Runbook covering the five most frequent alerts",
                                "Walkthrough with the on-call team", -2, List.of("List the alerts", "Write the steps"), 100,
                                GoalStatus.ACHIEVED, 3, true),
                        new GoalSpec("Mentor an intern", "Weekly sessions with the summer intern",
                                "Intern\u2019s feedback at the end of the summer", 20, List.of(), 0, GoalStatus.DROPPED, 1, false)),
                8, List.of(), 0));
        pairs.add(new PairSpec("LENA", "Lena\u2019s mentoring", "grad", "lena", "max", Cadence.WEEKLY, today.minusWeeks(17), 6,
                Set.of(), List.of(
                        new GoalSpec("Speak up in design reviews", "One question or proposal in every design review",
                                "Max\u2019s observation in two reviews", 8, List.of("Read the document beforehand"), 20,
                                GoalStatus.IN_PROGRESS, 1, true),
                        new GoalSpec("Learn the payments domain", "Explain the payment flow on the whiteboard",
                                "Session with the payments team", 12, List.of(), 10, GoalStatus.IN_PROGRESS, 1, false)),
                3, List.of(), 0));
        pairs.add(new PairSpec("OMAR", "Omar\u2019s mentoring", "leaders", "omar", "priya", Cadence.MONTHLY,
                today.minusMonths(6).minusDays(15), 6, Set.of(), List.of(
                        new GoalSpec("Run effective one-to-ones", "Monthly one-to-one with each of my six reports",
                                "Team survey after three months", 6, List.of("Agree a template", "Book the series"), 50,
                                GoalStatus.IN_PROGRESS, 3, true),
                        new GoalSpec("Delegate the release process", "Two releases shipped without me",
                                "Retrospective after the second release", 10, List.of("Write down the steps"), 25,
                                GoalStatus.IN_PROGRESS, 2, true)),
                4, List.of(), 0));
        pairs.add(new PairSpec("SOFIA", "Sofia\u2019s mentoring", "leaders", "sofia", "priya", Cadence.FORTNIGHTLY,
                today.minusWeeks(14), 7, Set.of(), List.of(
                        new GoalSpec("Give actionable feedback", "Feedback within a week of every milestone",
                                "Priya reviews three written feedbacks", 5, List.of("Use the situation-behaviour-impact model"), 70,
                                GoalStatus.IN_PROGRESS, 3, true),
                        new GoalSpec("Plan the team\u2019s quarter", "Quarterly plan agreed with the product manager",
                                "Planning review", -1, List.of("Collect the team\u2019s input"), 100, GoalStatus.ACHIEVED, 2, true),
                        new GoalSpec("Hire a backend engineer", "Offer accepted by the end of next quarter",
                                "Hiring review with HR", 14, List.of("Write the job description"), 15, GoalStatus.IN_PROGRESS, 1,
                                false)),
                9, List.of("Meet every member of the team one to one", "Read the leadership handbook",
                        "Join the managers\u2019 community of practice", "Shadow a hiring interview", "Set up the team\u2019s rituals"),
                3));
        return pairs;
    }

    /** The pair whose mentor has not answered the invitation: its space only, created three days ago. */
    private static PairSpec invitedPair(LocalDate today) {
        return new PairSpec(INVITED_SPACE, "Tara\u2019s mentoring", "leaders", INVITED_MENTEE, INVITED_MENTOR, Cadence.MONTHLY,
                today.minusDays(3), 0, Set.of(), List.of(new GoalSpec("Lead my first planning meeting",
                        "A planning meeting that ends with an agreed plan", "The team\u2019s feedback", 8, List.of(), 0,
                        GoalStatus.NOT_STARTED, 0, false)), 0, List.of(), 0);
    }

    private void pair(PairSpec pair, LocalDate today) throws IOException, InterruptedException {
        String mentee = pair.mentee();
        String mentor = pair.mentor();
        String menteeKey = confluence.userKey(mentee);
        String mentorKey = confluence.userKey(mentor);
        space(pair);
        // The mentor accepts the invitation the same day (in a real Confluence: the day the demo is written).
        rest.send("POST", "/rest/mentoring/1.0/spaces/" + pair.spaceKey() + "/invitation/accept", mentor, Map.of());
        DemoWriter.DemoPage home = confluence.homePage(pair.spaceKey());
        DemoWriter.DemoPage growthPlan = confluence.page(pair.spaceKey(), text("mentoring.blueprint.growth-plan.title"));
        confluence.updatePage(mentee, growthPlan, growthPlanBody(pair, today));
        activityStatuses(pair, growthPlan);
        DemoWriter.DemoPage meetingsPage = confluence.page(pair.spaceKey(), text("mentoring.blueprint.meetings.name"));

        List<LocalDate> held = new ArrayList<>();
        for (int k = 0; k < pair.meetingsDue(); k++) {
            if (!pair.missed().contains(k)) {
                held.add(pair.cadence().after(pair.start(), k));
            }
        }
        Map<GoalSpec, Integer> recorded = new LinkedHashMap<>();
        int ticked = 0;
        int m = -1;
        for (int k = 0; k < pair.meetingsDue(); k++) {
            if (pair.missed().contains(k)) {
                notHeld(pair, k, meetingsPage, mentee);
                continue;
            }
            m++;
            DemoWriter.DemoPage meeting = meetingPage(pair, held.get(m), m, meetingsPage, mentee);
            boolean latest = m == held.size() - 1;
            confluence.updatePage(mentee, meeting, notes(meeting.body(), m, latest, menteeKey, mentorKey));
            rest.send("POST", "/rest/mentoring/1.0/pages/" + meeting.id() + "/meeting/state", m % 2 == 0 ? mentee : mentor,
                    Map.of("state", "held"));
            feedback(meeting, mentee, mentor, m, latest);
            if (m == 0) {
                for (GoalSpec goal : pair.goals()) {
                    if (goal.agreed()) {
                        rest.send("POST", goalPath(growthPlan, goal) + "/agreement", mentor, Map.of());
                    }
                }
            }
            for (GoalSpec goal : pair.goals()) {
                int done = recorded.getOrDefault(goal, 0);
                // Spread each goal's updates over the meetings, the last one on the latest meeting.
                int due = goal.updates() * (m + 1) / held.size();
                if (done < due) {
                    done++;
                    recorded.put(goal, done);
                    boolean last = done == goal.updates();
                    Map<String, Object> progress = new LinkedHashMap<>();
                    progress.put("percent", last ? goal.finalPercent() : goal.finalPercent() * done / goal.updates());
                    progress.put("status", wire(last ? goal.finalStatus() : GoalStatus.IN_PROGRESS));
                    progress.put("note", NOTES.get((m + done) % NOTES.size()));
                    rest.send("POST", goalPath(meeting, goal) + "/progress", m % 3 == 2 ? mentor : mentee, progress);
                }
            }
            int ticks = Math.min(pair.ticked(), (int) Math.ceil((double) pair.ticked() * (m + 1) / held.size()));
            for (; ticked < ticks; ticked++) {
                tick(mentee, home, DefaultChecklist.ID, DefaultChecklist.KEYS.get(ticked));
            }
        }
        if (!pair.extraChecklist().isEmpty()) {
            JsonNode items = rest.get("/rest/mentoring/1.0/pages/" + growthPlan.id() + "/checklists/onboarding", mentee).path("items");
            for (int t = 0; t < pair.extraTicked(); t++) {
                tick(mentee, growthPlan, "onboarding", items.get(t).path("key").asText());
            }
        }
    }

    /** The pair's space, created by its mentee from the space blueprint on the pair's start date: the mentor is invited. */
    private void space(PairSpec pair) {
        confluence.on(pair.start());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(WizardFields.PROGRAMME, pair.programme());
        fields.put(WizardFields.MENTOR, pair.mentor());
        fields.put(WizardFields.MENTEE, pair.mentee());
        fields.put(WizardFields.START_DATE, pair.start().toString());
        fields.put(WizardFields.CADENCE, pair.cadence().name().toLowerCase(Locale.ROOT));
        fields.put(WizardFields.MEETING_TIME, "16:00");
        fields.put(WizardFields.MEETING_DURATION, "45");
        fields.put(WizardFields.MEETING_PLACE, "https://meet.example.com/" + pair.spaceKey().toLowerCase(Locale.ROOT));
        fields.put(WizardFields.OBJECTIVES, String.join("\n", pair.goals().stream().map(GoalSpec::title).toList()));
        fields.put(WizardFields.SPACE_BLUEPRINT, BlueprintKeys.SPACE_BLUEPRINT);
        // The home page is titled with the space's name, its child pages without a prefix.
        fields.put(CONTENT_PAGE_TITLE, pair.spaceName());
        fields.put(NO_PAGE_TITLE_PREFIX, "true");
        confluence.createSpace(pair.mentee(), BlueprintKeys.SPACE_BLUEPRINT, pair.spaceKey(), pair.spaceName(), fields);
    }

    /**
     * The page of a meeting the pair did not hold: the pair's first such meeting was cancelled by the
     * mentee; any later one is left unconfirmed, so its page asks whether it took place.
     */
    private void notHeld(PairSpec pair, int slot, DemoWriter.DemoPage meetingsPage, String mentee)
            throws IOException, InterruptedException {
        DemoWriter.DemoPage meeting = meetingPage(pair, pair.cadence().after(pair.start(), slot), slot, meetingsPage, mentee);
        if (slot == pair.missed().stream().min(Integer::compare).orElseThrow()) {
            rest.send("POST", "/rest/mentoring/1.0/pages/" + meeting.id() + "/meeting/state", mentee,
                    Map.of("state", "cancelled"));
        }
    }

    /** The mentee's page for the meeting on {@code date}, made from the meeting blueprint on that day, with the {@code n}th aims. */
    private DemoWriter.DemoPage meetingPage(PairSpec pair, LocalDate date, int n, DemoWriter.DemoPage meetingsPage, String mentee) {
        confluence.on(date);
        Map<String, Object> wizard = new LinkedHashMap<>();
        wizard.put(WizardFields.MEETING_DATE, date.toString());
        wizard.put(WizardFields.AIMS, AIMS.get(n % AIMS.size()));
        return confluence.createPage(mentee, BlueprintKeys.MEETING_BLUEPRINT, pair.spaceKey(), meetingsPage, wizard);
    }

    private static String goalPath(DemoWriter.DemoPage page, GoalSpec goal) {
        return "/rest/mentoring/1.0/pages/" + page.id() + "/goals/" + GoalKeys.fromTitle(goal.title());
    }

    private void tick(String user, DemoWriter.DemoPage page, String checklistId, String itemKey)
            throws IOException, InterruptedException {
        rest.send("PUT", "/rest/mentoring/1.0/pages/" + page.id() + "/checklists/" + checklistId + "/items/" + itemKey, user,
                Map.of("done", true));
    }

    /** A goal status as the REST API writes it. */
    private static String wire(GoalStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private String text(String key) {
        return text(texts, key);
    }

    private static String text(Properties bundle, String key) {
        return new MessageFormat(bundle.getProperty(key), Locale.ENGLISH).format(new Object[0]);
    }

    /** The app's i18n bundle, for the texts its blueprints write. */
    private static Properties bundle() {
        Properties bundle = new Properties();
        try (InputStream in = DemoData.class.getResourceAsStream("/i18n/mentoring.properties")) {
            bundle.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bundle;
    }

    private String growthPlanBody(PairSpec pair, LocalDate today) {
        StringBuilder xml = new StringBuilder();
        xml.append("<p>").append(StorageMarkup.escape(text("mentoring.blueprint.growth-plan.intro"))).append("</p>");
        xml.append(heading("mentoring.blueprint.growth-plan.objectives"));
        for (GoalSpec goal : pair.goals()) {
            xml.append("<ac:structured-macro ac:name=\"mentoring-goal\">")
                    .append(parameter("goalKey", GoalKeys.fromTitle(goal.title())))
                    .append(parameter("title", goal.title()))
                    .append(parameter("target", goal.target()))
                    .append(parameter("evaluation", goal.evaluation()))
                    .append(parameter("dueDate", today.plusWeeks(goal.dueWeeksFromToday()).toString()))
                    .append(parameter("status", goal.finalStatus().name().toLowerCase(Locale.ROOT).replace('_', '-')))
                    .append("<ac:rich-text-body>");
            if (!goal.steps().isEmpty()) {
                xml.append("<ul>");
                goal.steps().forEach(step -> xml.append("<li>").append(StorageMarkup.escape(step)).append("</li>"));
                xml.append("</ul>");
            }
            xml.append("</ac:rich-text-body></ac:structured-macro>");
        }
        xml.append(heading("mentoring.blueprint.growth-plan.evaluation"))
                .append("<p>We review the plan together at the end of every quarter, and the goals whenever one is due.</p>");
        xml.append(heading("mentoring.blueprint.growth-plan.activities"));
        for (ActivitySpec activity : activities(pair)) {
            xml.append("<ac:structured-macro ac:name=\"mentoring-activity\">")
                    .append(parameter("title", activity.title()))
                    .append(parameter("kind", activity.kind().parameter()));
            if (activity.goalKey() != null) {
                xml.append(parameter("goalKey", activity.goalKey()));
            }
            xml.append("</ac:structured-macro>");
        }
        if (FOCUS_GOALS.containsKey(pair.spaceKey())) {
            xml.append("<h2>This month\u2019s focus</h2><ac:structured-macro ac:name=\"mentoring-goal-progress\">")
                    .append(parameter("goalKey", GoalKeys.fromTitle(FOCUS_GOALS.get(pair.spaceKey()))))
                    .append("</ac:structured-macro>");
        }
        if (!pair.extraChecklist().isEmpty()) {
            xml.append("<h2>Onboarding checklist</h2><ac:structured-macro ac:name=\"mentoring-checklist\">")
                    .append(parameter("checklistId", "onboarding")).append("<ac:rich-text-body><ul>");
            pair.extraChecklist().forEach(item -> xml.append("<li>").append(StorageMarkup.escape(item)).append("</li>"));
            xml.append("</ul></ac:rich-text-body></ac:structured-macro>");
        }
        return xml.toString();
    }

    private String heading(String key) {
        return "<h2>" + StorageMarkup.escape(text(key)) + "</h2>";
    }

    private static String parameter(String name, String value) {
        return "<ac:parameter ac:name=\"" + name + "\">" + StorageMarkup.escape(value) + "</ac:parameter>";
    }

    /** A development activity of a pair's growth plan and the status the pair gave it (null: left planned). */
    private record ActivitySpec(String title, ActivityKind kind, String goalKey, ActivityStatus status) {
    }

    /** A course for the first goal (done), a project with the mentor (in progress) and an event (planned). */
    private static List<ActivitySpec> activities(PairSpec pair) {
        String firstGoal = pair.goals().isEmpty() ? null : GoalKeys.fromTitle(pair.goals().get(0).title());
        return List.of(new ActivitySpec("Internal course on technical leadership", ActivityKind.COURSE, firstGoal, ActivityStatus.DONE),
                new ActivitySpec("Shadowing a senior colleague for a week", ActivityKind.PROJECT, null, ActivityStatus.IN_PROGRESS),
                new ActivitySpec("Team lead meetup in the spring", ActivityKind.EVENT, firstGoal, null));
    }

    /** The pair sets the status of the growth plan's activities from the page, keyed as the index keys them. */
    private void activityStatuses(PairSpec pair, DemoWriter.DemoPage growthPlan) throws IOException, InterruptedException {
        List<ActivitySpec> activities = activities(pair);
        List<String> keys = ChecklistKeys.assign(activities.stream().map(a -> ChecklistEntry.written(a.title())).toList(), List.of());
        for (int i = 0; i < activities.size(); i++) {
            if (activities.get(i).status() != null) {
                rest.send("PUT", "/rest/mentoring/1.0/pages/" + growthPlan.id() + "/activities/" + keys.get(i),
                        i % 2 == 0 ? pair.mentee() : pair.mentor(), Map.of("status", activities.get(i).status().parameter()));
            }
        }
    }

    /**
     * The pulses both sides gave the meeting (the mentor skips every fourth, the mentee the latest) and the
     * mentee's marks on the mentor's suggestions: the first applied, the second tried on every other meeting.
     */
    private void feedback(DemoWriter.DemoPage meeting, String mentee, String mentor, int number, boolean latest)
            throws IOException, InterruptedException {
        String path = "/rest/mentoring/1.0/pages/" + meeting.id() + "/feedback";
        if (!latest) {
            rest.send("PUT", path + "/mentee/pulse", mentee, Map.of("pulse", 3 + number % 3));
        }
        if (number % 4 != 3) {
            rest.send("PUT", path + "/mentor/pulse", mentor, Map.of("pulse", 4 + number % 2));
        }
        if (!latest) {
            JsonNode suggestions = rest.get(path, mentee).path("suggestions");
            rest.send("PUT", path + "/suggestions/" + suggestions.get(0).path("key").asText(), mentee, Map.of("mark", "applied"));
            if (number % 2 == 0) {
                rest.send("PUT", path + "/suggestions/" + suggestions.get(1).path("key").asText(), mentee, Map.of("mark", "tried"));
            }
        }
    }

    /**
     * The meeting page as the pair wrote it up: updates, both sides' feedback (the mentor's as two
     * suggestions) and action items in place of the placeholders, the first for the mentee, the second
     * for the mentor (each task mentions its assignee first, as Confluence's editor writes a mention).
     */
    private static String notes(String body, int number, boolean latest, String menteeKey, String mentorKey) {
        List<String> texts = List.of(
                StorageMarkup.escape(UPDATES.get(number % UPDATES.size())),
                StorageMarkup.escape(FEEDBACK.get(number % FEEDBACK.size())),
                StorageMarkup.escape(SUGGESTIONS.get(number % SUGGESTIONS.size())) + "</li><li>"
                        + StorageMarkup.escape(SUGGESTIONS.get((number + 1) % SUGGESTIONS.size())),
                mention(menteeKey) + " " + StorageMarkup.escape(ACTIONS.get(number % ACTIONS.size())));
        Matcher placeholders = PLACEHOLDER.matcher(body);
        StringBuilder written = new StringBuilder();
        int index = 0;
        while (placeholders.find()) {
            placeholders.appendReplacement(written, Matcher.quoteReplacement(index < texts.size() ? texts.get(index) : ""));
            index++;
        }
        placeholders.appendTail(written);
        String status = latest || number % 5 == 3 ? "incomplete" : "complete";
        // Confluence's editor gives every task an id when the page is saved.
        String second = "<ac:task><ac:task-id>2</ac:task-id><ac:task-status>" + status + "</ac:task-status><ac:task-body>"
                + mention(mentorKey) + " " + StorageMarkup.escape(ACTIONS.get((number + 2) % ACTIONS.size()))
                + "</ac:task-body></ac:task>";
        return written.toString()
                .replaceFirst("<ac:task-status>incomplete</ac:task-status>",
                        "<ac:task-id>1</ac:task-id><ac:task-status>" + status + "</ac:task-status>")
                .replace("</ac:task-list>", second + "</ac:task-list>");
    }

    private static String mention(String userKey) {
        return "<ac:link><ri:user ri:userkey=\"" + StorageMarkup.escape(userKey) + "\"/></ac:link>";
    }

    private static final List<String> AIMS = List.of("Review the goals and agree the next steps.",
            "Prepare the retrospective and talk about facilitation.", "Discuss the feedback from the last review.",
            "Look at the plan for the next month.", "Talk through a difficult conversation.");
    private static final List<String> UPDATES = List.of("Finished the course module and started on the draft.",
            "A busy week with the release; less time for the goals than planned.",
            "Tried the new format in the team meeting; it worked well.",
            "Got stuck on the scope of the document; we narrowed it down together.",
            "Back from holiday, picking up where we left off.");
    private static final List<String> FEEDBACK = List.of("The structure at the start helped: we knew what to decide.",
            "Writing the key message first was a good tip.", "The sessions could be shorter and more focused.",
            "The concrete suggestions on the draft were the most useful part.", "Good pace; nothing to change this time.");
    private static final List<String> SUGGESTIONS = List.of("Say what the meeting should decide in the first minute",
            "Lead your summaries with the decision you need", "Ask two colleagues for feedback on the draft",
            "Keep a one-line agenda for our sessions", "Try the situation-behaviour-impact model in the next review");
    private static final List<String> ACTIONS = List.of("Send the draft to Max before Friday", "Book a room for the retrospective",
            "Ask two colleagues for feedback", "Read the chapter on facilitation", "Update the growth plan",
            "Schedule the dry run");
    private static final List<String> NOTES = List.of("Good progress since last time.", "Discussed in the meeting.",
            "Slower than planned because of the release.", "Next step agreed.", "Feedback was positive.");
}
