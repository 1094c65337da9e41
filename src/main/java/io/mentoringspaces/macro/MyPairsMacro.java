package io.mentoringspaces.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.mentoringspaces.service.AccessService;
import io.mentoringspaces.service.InputGate;
import io.mentoringspaces.service.InvalidInputException;
import io.mentoringspaces.service.MyMentoringService;
import io.mentoringspaces.view.MyPairsView;
import io.mentoringspaces.view.ViewSupport;
import java.util.Map;

/**
 * {@code mentoring-my-pairs}: the "My mentoring" page's table for a personal space, showing the pairs of
 * whoever reads the page (so each reader sees their own, and nobody anyone else's). Static HTML, so it
 * reads the same in exports and e-mail; on screen it asks for the page's styles. Anonymous readers are
 * asked to log in; users who may not use Confluence see nothing of it. No parameters.
 */
public class MyPairsMacro implements Macro {

    private final AccessService access;
    private final MyMentoringService mine;
    private final MyPairsView view;
    private final ViewSupport support;
    private final MacroSupport macros;
    private final ApplicationProperties application;

    public MyPairsMacro(AccessService access, MyMentoringService mine, MyPairsView view, ViewSupport support,
            MacroSupport macros, ApplicationProperties application) {
        this.access = access;
        this.mine = mine;
        this.view = view;
        this.support = support;
        this.macros = macros;
        this.application = application;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        try {
            InputGate.checkFields(parameters == null ? Map.of() : parameters);
        } catch (InvalidInputException e) {
            return support.error(e);
        }
        ConfluenceUser user = access.currentUser();
        if (user == null) {
            return support.message("warning", support.text("mentoring.macro.error.login"));
        }
        if (!access.mayUseConfluence(user)) {
            return support.message("warning", support.text("mentoring.macro.error.permission"));
        }
        boolean onScreen = MacroSupport.onScreen(context);
        if (onScreen) {
            macros.requireResource("my-mentoring-resources");
        }
        return view.render(mine.pairs(user), application.getBaseUrl(onScreen ? UrlMode.RELATIVE : UrlMode.ABSOLUTE));
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
