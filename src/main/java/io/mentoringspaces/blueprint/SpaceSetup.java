package io.mentoringspaces.blueprint;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.labels.Namespace;
import com.atlassian.confluence.labels.SpaceLabelManager;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.message.I18nResolver;
import io.mentoringspaces.index.MeetingPages;
import io.mentoringspaces.index.PageIndexer;
import io.mentoringspaces.model.CoordinatorAccess;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.NewPlan;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.reminder.NoticeSender;
import io.mentoringspaces.service.MentoringException;
import io.mentoringspaces.service.PlanService;
import io.mentoringspaces.service.ProgrammeService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets up a space created from the Mentoring space blueprint: the growth plan, the programme's key as
 * the space's category, the pair's permissions; then, once its pages exist, labels and indexes the
 * growth-plan page. The wizard's fields are checked again here; a space whose fields are refused
 * (the wizard checks them before the space is created) is logged and left as Confluence made it.
 */
public class SpaceSetup {

    private static final Logger LOG = LoggerFactory.getLogger(SpaceSetup.class);

    private final SpaceWizardValidator validator;
    private final ProgrammeService programmes;
    private final PlanService plans;
    private final SpacePermissions permissions;
    private final SpaceLabelManager spaceLabelManager;
    private final LabelManager labelManager;
    private final PageManager pageManager;
    private final PageIndexer indexer;
    private final I18nResolver i18n;
    private final NoticeSender notices;

    public SpaceSetup(SpaceWizardValidator validator, ProgrammeService programmes, PlanService plans,
            SpacePermissions permissions, SpaceLabelManager spaceLabelManager, LabelManager labelManager,
            PageManager pageManager, PageIndexer indexer, I18nResolver i18n, NoticeSender notices) {
        this.validator = validator;
        this.programmes = programmes;
        this.plans = plans;
        this.permissions = permissions;
        this.spaceLabelManager = spaceLabelManager;
        this.labelManager = labelManager;
        this.pageManager = pageManager;
        this.indexer = indexer;
        this.i18n = i18n;
        this.notices = notices;
    }

    /** The space was just created from the blueprint, with the wizard's {@code fields}. */
    public void setUp(Space space, ConfluenceUser creator, Map<String, Object> fields) {
        try {
            SpaceWizardInput input = validator.validate(fields, creator);
            Programme programme = ProgrammeService.DEFAULT_KEY.equals(input.programmeKey())
                    ? programmes.ensureDefault(i18n.getText("mentoring.programme.default.name"))
                    : programmes.getByKey(input.programmeKey());
            GrowthPlan plan = plans.create(new NewPlan(space.getKey(), programme.key(), input.mentee().getKey().getStringValue(),
                    input.mentee().getFullName(), input.mentor().getKey().getStringValue(), input.mentor().getFullName(),
                    input.startDate(), input.cadence(), input.arrangement()));
            spaceLabelManager.addLabel(space, programme.key());
            boolean coordinatorsView = programme.coordinatorAccess() == CoordinatorAccess.VIEW;
            permissions.apply(space, input.mentee(), input.mentor(), coordinatorsView ? programme.coordinatorGroup() : null);
            notices.mentorInvited(plan);
        } catch (MentoringException e) {
            LOG.warn("Mentoring space {} was not set up: {}", space.getKey(), e.getMessage());
        }
    }

    /**
     * The home page and its child pages exist: the growth-plan page (its blueprint's title) gets the
     * growth-plan label, and its goals (the wizard's first objectives) make up the goal index; the
     * Meetings page is recorded on the plan as the parent of new meeting pages. The create-content plugin
     * titles that page with its template's name, after the home page's title and " - " when the home
     * page has one.
     */
    public void pagesCreated(Space space) {
        List<Page> pages = pageManager.getPages(space, true);
        String growthPlan = i18n.getText("mentoring.blueprint.growth-plan.title");
        first(pages, growthPlan::equals).ifPresent(page -> {
            if (!MeetingPages.isGrowthPlan(page)) {
                labelManager.addLabel(page, new Label(MeetingPages.GROWTH_PLAN_LABEL, Namespace.GLOBAL));
            }
            indexer.growthPlanCreated(page);
        });
        String meetings = i18n.getText("mentoring.blueprint.meetings.name");
        first(pages, title -> title.equals(meetings) || title.endsWith(" - " + meetings)).ifPresent(page ->
                plans.findBySpaceKey(space.getKey()).ifPresent(plan -> plans.recordMeetingsPage(plan.id(), page.getId())));
    }

    /** The first page created whose title is one of those. */
    private static Optional<Page> first(List<Page> pages, Predicate<String> title) {
        return pages.stream().filter(page -> page.getTitle() != null && title.test(page.getTitle())).min(MeetingPages.BY_ID);
    }
}
