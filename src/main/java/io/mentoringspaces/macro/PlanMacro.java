package io.mentoringspaces.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import io.mentoringspaces.service.InputGate;
import io.mentoringspaces.service.MentoringException;
import io.mentoringspaces.view.ViewSupport;
import java.util.Map;

/**
 * Base of the macros that show part of a mentoring space's growth plan: refuses viewers who may not
 * see the page (naming nothing), and turns every refusal of the services into an inline message, so
 * that a macro never fails the page. Every parameter passes the {@link InputGate} first.
 */
abstract class PlanMacro implements Macro {

    protected final MacroSupport support;
    protected final ViewSupport views;
    protected final MacroData data;

    PlanMacro(MacroSupport support, ViewSupport views, MacroData data) {
        this.support = support;
        this.views = views;
        this.data = data;
    }

    @Override
    public final String execute(Map<String, String> parameters, String body, ConversionContext context) {
        try {
            InputGate.checkFields(parameters == null ? Map.of() : parameters);
            MacroSupport.Placement placement = support.placement(context);
            if (!placement.canView()) {
                return views.refusal(placement.viewer());
            }
            return render(parameters, body, context, placement);
        } catch (MentoringException e) {
            return views.error(e);
        }
    }

    /** The macro's HTML for a viewer who may see the page it is on. */
    protected abstract String render(Map<String, String> parameters, String body, ConversionContext context,
            MacroSupport.Placement placement);

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
