package io.mentoringspaces.blueprint;

import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import com.atlassian.sal.api.message.I18nResolver;
import io.mentoringspaces.service.CadenceCalculator;

/**
 * Context of the Closing review page: its title, with today's date (ISO-8601, as meeting pages start
 * theirs) so that a pair that reopens and closes again writes a second review beside the first.
 */
public class ClosingReviewContextProvider extends AbstractBlueprintContextProvider {

    private final I18nResolver i18n;
    private final CadenceCalculator cadence;

    public ClosingReviewContextProvider(I18nResolver i18n, CadenceCalculator cadence) {
        this.i18n = i18n;
        this.cadence = cadence;
    }

    @Override
    protected BlueprintContext updateBlueprintContext(BlueprintContext context) {
        context.setTitle(i18n.getText("mentoring.blueprint.closing.title", cadence.today().toString()));
        return context;
    }
}
