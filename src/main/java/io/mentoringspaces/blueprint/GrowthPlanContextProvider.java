package io.mentoringspaces.blueprint;

import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import com.atlassian.sal.api.message.I18nResolver;
import io.mentoringspaces.service.MentoringException;

/**
 * Context of the Growth plan page: its title, and one goal macro per first objective from the Mentoring
 * space wizard (none when the page is created from the Create dialog). Objectives the wizard's check
 * would refuse are refused here too ({@link WizardRefusal}): no page is written from them.
 */
public class GrowthPlanContextProvider extends AbstractBlueprintContextProvider {

    /** The goal macros, storage format (rendered raw). */
    static final String GOALS = "goalsXhtml";

    private final I18nResolver i18n;

    public GrowthPlanContextProvider(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    protected BlueprintContext updateBlueprintContext(BlueprintContext context) {
        context.setTitle(i18n.getText("mentoring.blueprint.growth-plan.title"));
        try {
            context.put(GOALS, GoalMacroWriter.goals(
                    SpaceWizardValidator.objectiveLines(SpaceWizardValidator.text(context.getMap(), WizardFields.OBJECTIVES)),
                    i18n.getText("mentoring.blueprint.growth-plan.steps.placeholder")));
        } catch (MentoringException e) {
            throw WizardRefusal.of(e, i18n);
        }
        return context;
    }
}
