package io.mentoringspaces.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.Space;
import io.mentoringspaces.blueprint.BlueprintKeys;
import io.mentoringspaces.blueprint.WizardFields;
import io.mentoringspaces.testsupport.DatabaseTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * host-behaviour.md HB-7 and the page events the app's index follows: what Confluence publishes, in
 * which order, when people create, edit, rename, label, move, trash, restore and purge pages and
 * remove spaces (DefaultPageManager, DefaultContentEntityManager, DefaultLabelManager,
 * DefaultSpaceManager), and when the create-content plugin makes a space from a space blueprint
 * (SpaceBlueprintCreateEvent once the space exists, the pages, then SpaceBlueprintHomePageCreateEvent)
 * or a page from a page blueprint (labelled with the blueprint's index key before it is saved).
 */
public class HB7_EventsAndBlueprintsTest extends DatabaseTest {

    private ConfluenceDouble confluence;
    private final EventRecorder recorder = new EventRecorder();

    @Before
    public void startConfluence() {
        confluence = new ConfluenceDouble(CLOCK);
        confluence.user("mia", "Mia Mentee");
        confluence.user("max", "Max Mentor");
        confluence.events().register(recorder);
        confluence.loginAs("mia");
    }

    @After
    public void stopConfluence() {
        confluence.loginAs(null);
        confluence.close();
    }

    private Space givenSpace() {
        Space space = confluence.editor().createSpace("TEAM", "Team");
        recorder.clear();
        return space;
    }

    @Test
    public void shouldCreateASpaceWithItsDefaultHomePage() {
        confluence.editor().createSpace("TEAM", "Team");

        assertEquals(List.of("SpaceCreateEvent TEAM", "PageCreateEvent \"Team Home\" v1"), recorder.events());
        assertEquals("Team Home", confluence.space("TEAM").getHomePage().getTitle());
    }

    @Test
    public void shouldPublishPageCreateForANewPageAndOnlyLabelAddForALabel() {
        givenSpace();

        Page page = confluence.editor().createPage("TEAM", null, "Notes", "<p>x</p>");
        int added = confluence.editor().addLabel(page, new Label("mentoring-meeting"));
        int again = confluence.editor().addLabel(page, new Label("mentoring-meeting"));

        assertEquals(List.of("PageCreateEvent \"Notes\" v1", "LabelAddEvent mentoring-meeting on \"Notes\""), recorder.events());
        assertEquals(List.of(InMemoryLabelManager.LABEL_CREATED, InMemoryLabelManager.NO_CHANGE), List.of(added, again));
    }

    @Test
    public void shouldPublishOnlyLabelRemoveWhenALabelIsTakenOffAndNothingForOneThePageHasNot() {
        givenSpace();
        Page page = confluence.editor().createPage("TEAM", null, "Notes", "<p>x</p>");
        confluence.editor().addLabel(page, new Label("mentoring-meeting"));
        recorder.clear();

        int removed = confluence.editor().removeLabel(page, new Label("mentoring-meeting"));
        int again = confluence.editor().removeLabel(page, new Label("mentoring-meeting"));

        assertEquals(List.of("LabelRemoveEvent mentoring-meeting on \"Notes\""), recorder.events());
        assertEquals(List.of(InMemoryLabelManager.LABEL_REMOVED, InMemoryLabelManager.NO_CHANGE), List.of(removed, again));
        assertEquals(List.of(), page.getLabels());
    }

    @Test
    public void shouldLabelANewPageBeforeItIsSavedWhenTheEditorGivesItLabels() {
        givenSpace();

        Page page = confluence.editor().createPage("TEAM", null, "2026-03-16 Notes", "", new Label("mentoring-meeting"));

        assertEquals(List.of("LabelAddEvent mentoring-meeting on \"2026-03-16 Notes\" (unsaved)",
                "PageCreateEvent \"2026-03-16 Notes\" v1 [mentoring-meeting]"), recorder.events());
        assertEquals(page, confluence.page(page.getId()));
    }

    @Test
    public void shouldCopyAPageWithItsChildrenAndLabelsPublishingPageCopyForEachAndNoPageCreate() {
        Space team = givenSpace();
        Page meetings = confluence.editor().createPage("TEAM", null, "Meetings", "");
        Page meeting = confluence.editor().createPage("TEAM", meetings, "2026-03-09 Meeting", "<p>Notes</p>",
                new Label("mentoring-meeting"));
        confluence.editor().createPage("TEAM", meeting, "2026-03-09 Photos", "");
        Page archive = confluence.editor().createPage("TEAM", null, "Archive", "");
        recorder.clear();

        Page copy = confluence.editor().copyHierarchy(meeting, archive, title -> title + " (copy)");

        assertEquals(List.of(
                "PageCopyEvent \"2026-03-09 Meeting\" v1 [mentoring-meeting] to \"2026-03-09 Meeting (copy)\" v1 [mentoring-meeting]",
                "PageCopyEvent \"2026-03-09 Photos\" v1 to \"2026-03-09 Photos (copy)\" v1"), recorder.events());
        assertEquals("<p>Notes</p>", copy.getBodyAsString());
        assertEquals(List.of("2026-03-09 Photos (copy)"),
                confluence.content().children(copy).stream().map(Page::getTitle).toList());
        assertEquals(team, copy.getSpace());
    }

    @Test
    @SuppressWarnings("deprecation")
    public void shouldPublishPageUpdateWithTheEarlierVersionForANewVersionAndARename() {
        givenSpace();
        Page page = confluence.editor().createPage("TEAM", null, "Notes", "<p>1</p>");
        recorder.clear();

        confluence.editor().saveNewVersion(page, "<p>2</p>");
        confluence.editor().rename(page, "2026-03-16 Notes");

        assertEquals(List.of("PageUpdateEvent \"Notes\" v2 from v1 \"Notes\"",
                "PageUpdateEvent \"2026-03-16 Notes\" v3 from v2 \"Notes\""), recorder.events());
        assertEquals(List.of("<p>1</p>", "<p>2</p>"),
                confluence.content().history(page.getId()).stream().map(Page::getBodyAsString).toList());
        assertEquals(page, confluence.service(PageManager.class).getPage(page.getId()));
    }

    @Test
    @SuppressWarnings("deprecation")
    public void shouldSaveANewVersionAnAppChangesThroughThePageManagerAsAnEditByTheCurrentUser() {
        givenSpace();
        Page page = confluence.editor().createPage("TEAM", null, "Notes", "<p>1</p>");
        recorder.clear();
        confluence.loginAs("max");

        confluence.service(PageManager.class).saveNewVersion(page, changed -> changed.setBodyAsString("<p>2</p>"),
                DefaultSaveContext.DEFAULT);

        assertEquals(List.of("PageUpdateEvent \"Notes\" v2 from v1 \"Notes\""), recorder.events());
        assertEquals("<p>2</p>", confluence.service(PageManager.class).getPage(page.getId()).getBodyAsString());
        assertEquals(List.of("<p>1</p>"), confluence.content().history(page.getId()).stream().map(Page::getBodyAsString).toList());
        assertEquals("max", page.getLastModifier().getName());
    }

    @Test
    public void shouldRefuseATitleAnotherCurrentPageOfTheSpaceHasWhateverItsCase() {
        givenSpace();
        confluence.editor().createPage("TEAM", null, "Notes", "");
        Page other = confluence.editor().createPage("TEAM", null, "Other", "");

        try {
            confluence.editor().rename(other, "NOTES");
            throw new AssertionError("renamed");
        } catch (IllegalArgumentException expected) {
            assertEquals("A page already exists with the title NOTES in the space with key TEAM", expected.getMessage());
        }
    }

    @Test
    public void shouldPublishPageMoveWithTheOldSpaceAndParentForThePageAndMoveItsChildrenAlong() {
        Space team = givenSpace();
        Space other = confluence.editor().createSpace("OTHER", "Other");
        Page parent = confluence.editor().createPage("TEAM", null, "Parent", "");
        Page page = confluence.editor().createPage("TEAM", parent, "Page", "");
        Page child = confluence.editor().createPage("TEAM", page, "Child", "");
        recorder.clear();

        confluence.editor().move(page, other, null);

        assertEquals(List.of("PageMoveEvent \"Page\" v1 from TEAM/Parent"), recorder.events());
        assertEquals(List.of("OTHER", "OTHER"), List.of(page.getSpaceKey(), child.getSpaceKey()));
        assertEquals("TEAM", team.getKey());
    }

    @Test
    public void shouldPublishTrashRestoreAndPurgeAndPurgeWhileThePageStillHasItsLabels() {
        givenSpace();
        Page page = confluence.editor().createPage("TEAM", null, "Meeting", "");
        confluence.editor().addLabel(page, new Label("mentoring-meeting"));
        recorder.clear();

        confluence.editor().trash(page);
        confluence.editor().restore(page);
        confluence.editor().trash(page);
        confluence.editor().purge(page);

        assertEquals(List.of("PageTrashedEvent \"Meeting\" v1 [mentoring-meeting]", "PageRestoreEvent \"Meeting\" v1 [mentoring-meeting]",
                "PageTrashedEvent \"Meeting\" v1 [mentoring-meeting]", "PageRemoveEvent \"Meeting\" v1 [mentoring-meeting]"),
                recorder.events());
        assertNull(confluence.page(page.getId()));
    }

    @Test
    @SuppressWarnings("deprecation")
    public void shouldFindTrashedPagesByIdButNotByTitleNorAmongTheCurrentPages() {
        Space team = givenSpace();
        Page page = confluence.editor().createPage("TEAM", null, "Meeting", "");
        confluence.editor().trash(page);

        PageManager pages = confluence.service(PageManager.class);
        assertEquals(page, pages.getPage(page.getId()));
        assertNull(pages.getPage("TEAM", "Meeting"));
        assertEquals(List.of("Team Home"), pages.getPages(team, true).stream().map(Page::getTitle).toList());
        assertEquals(List.of("Team Home", "Meeting"), pages.getPages(team, false).stream().map(Page::getTitle).toList());
    }

    @Test
    public void shouldRemoveEveryPageOfASpaceTrashedOnesTooBeforeTheSpace() {
        givenSpace();
        Page trashed = confluence.editor().createPage("TEAM", null, "Old", "");
        confluence.editor().trash(trashed);
        recorder.clear();

        confluence.editor().removeSpace("TEAM");

        assertEquals(List.of("SpaceContentWillRemoveEvent TEAM", "PageRemoveEvent \"Team Home\" v1", "PageRemoveEvent \"Old\" v1",
                "SpaceRemoveEvent TEAM"), recorder.events());
        assertNull(confluence.space("TEAM"));
    }

    /** The Mentoring space wizard's fields for Mia's space (programme grad, mentor Max). */
    private Map<String, Object> wizard() {
        if (programmes.findByKey("grad").isEmpty()) {
            givenProgramme("grad");
        }
        Map<String, Object> fields = new HashMap<>();
        fields.put(WizardFields.PROGRAMME, "grad");
        fields.put(WizardFields.MENTOR, "max");
        fields.put(WizardFields.MENTEE, "mia");
        fields.put(WizardFields.START_DATE, "2026-03-02");
        fields.put(WizardFields.CADENCE, "weekly");
        fields.put(WizardFields.OBJECTIVES, "Speak at a meetup");
        fields.put(WizardFields.SPACE_BLUEPRINT, BlueprintKeys.SPACE_BLUEPRINT);
        return fields;
    }

    @Test
    public void shouldCreateAMentoringSpaceAsTheCreateContentPluginDoes() {
        confluence.startApp(ao);

        confluence.createContent().createSpace(BlueprintKeys.SPACE_BLUEPRINT, "MENT", "Mia's mentoring", wizard());

        assertEquals(List.of(
                "SpaceCreateEvent MENT",
                "PageCreateEvent \"Mia's mentoring Home\" v1",
                "SpaceBlueprintCreateEvent MENT",
                "PageCreateEvent \"\" v1",
                "PageCreateEvent \"Growth plan\" v1",
                "PageCreateEvent \"Meetings\" v1",
                "PageCreateEvent \"Feedback log\" v1",
                "PageTrashedEvent \"Mia's mentoring Home\" v1",
                "PageRemoveEvent \"Mia's mentoring Home\" v1",
                "SpaceBlueprintHomePageCreateEvent MENT",
                "LabelAddEvent mentoring-growth-plan on \"Growth plan\""), recorder.events());
        Space space = confluence.space("MENT");
        assertEquals("", space.getHomePage().getTitle());
        assertEquals("key-max", plans.getBySpaceKey("MENT").mentorKey());
        assertEquals(List.of("Feedback log", "Growth plan", "Meetings"),
                confluence.content().children(space.getHomePage()).stream().map(Page::getTitle).toList());
        assertEquals(List.of(), confluence.events().failures());
    }

    @Test
    public void shouldTitleTheChildPagesAfterTheHomePageUnlessTheWizardAsksForNoPrefix() {
        confluence.startApp(ao);
        Map<String, Object> titled = wizard();
        titled.put(CreateContent.CONTENT_PAGE_TITLE, "Mia's mentoring");
        Map<String, Object> unprefixed = wizard();
        unprefixed.put(CreateContent.CONTENT_PAGE_TITLE, "Noah's mentoring");
        unprefixed.put(CreateContent.NO_PAGE_TITLE_PREFIX, "true");

        Space prefixed = confluence.createContent().createSpace(BlueprintKeys.SPACE_BLUEPRINT, "MENT", "Mia's space", titled);
        Space plain = confluence.createContent().createSpace(BlueprintKeys.SPACE_BLUEPRINT, "NOAH", "Noah's space", unprefixed);

        assertEquals("Mia's mentoring", prefixed.getHomePage().getTitle());
        assertEquals(List.of("Mia's mentoring - Feedback log", "Mia's mentoring - Growth plan", "Mia's mentoring - Meetings"),
                confluence.content().children(prefixed.getHomePage()).stream().map(Page::getTitle).toList());
        assertEquals(List.of("Feedback log", "Growth plan", "Meetings"),
                confluence.content().children(plain.getHomePage()).stream().map(Page::getTitle).toList());
    }

    @Test
    @SuppressWarnings("deprecation")
    public void shouldLabelABlueprintPageWithItsIndexKeyBeforeSavingItAndThenPublishBlueprintPageCreate() {
        confluence.startApp(ao);
        Space space = confluence.createContent().createSpace(BlueprintKeys.SPACE_BLUEPRINT, "MENT", "Mia's mentoring", wizard());
        Page meetings = confluence.service(PageManager.class).getPage("MENT", "Meetings");
        recorder.clear();

        Page meeting = confluence.createContent().createPage(BlueprintKeys.MEETING_BLUEPRINT, space, meetings,
                Map.of(WizardFields.MEETING_DATE, "2026-03-16", WizardFields.AIMS, "Plan the talk"));

        assertEquals(List.of("LabelAddEvent mentoring-meeting on \"2026-03-16 Mentoring meeting\" (unsaved)",
                "PageCreateEvent \"2026-03-16 Mentoring meeting\" v1 [mentoring-meeting]",
                "BlueprintPageCreateEvent \"2026-03-16 Mentoring meeting\" v1 [mentoring-meeting]"), recorder.events());
        assertEquals(List.of(new Label("mentoring-meeting")), meeting.getLabels());
        assertEquals(List.of(), confluence.events().failures());
    }
}
