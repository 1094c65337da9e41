package io.mentoringspaces.coordinator;

import com.atlassian.annotations.security.UnrestrictedAccess;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.mentoringspaces.PluginKeys;
import io.mentoringspaces.service.AccessService;
import io.mentoringspaces.service.MyMentoringService;
import io.mentoringspaces.service.ProgrammeAccessService;
import io.mentoringspaces.view.MyPairsView;
import io.mentoringspaces.view.PairsViews;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The "My mentoring" page, {@code /plugins/servlet/mentoring/my}: every active pair the user is mentee
 * or mentor of, with what waits for them (see {@link MyPairsView}). Anonymous users go to the login page
 * and users who may not use Confluence get the refusal page; anybody else sees their own pairs, or a text
 * saying they have none.
 */
@UnrestrictedAccess
public class MyMentoringServlet extends UserPageServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/plugins/servlet/mentoring/my";
    static final String TEMPLATE = "templates/coordinator/my.vm";
    static final String WEB_RESOURCE = PluginKeys.PLUGIN_KEY + ":my-mentoring-resources";

    private final transient MyMentoringService mine;
    private final transient MyPairsView view;
    private final transient I18nResolver i18n;

    public MyMentoringServlet(AccessService access, ProgrammeAccessService programmeAccess, MyMentoringService mine,
            MyPairsView view, PairsViews numbers, TemplateRenderer renderer, LoginUriProvider loginUriProvider, I18nResolver i18n,
            PageBuilderService pageBuilder) {
        super(new Pages(renderer, loginUriProvider, i18n, numbers::number, access, programmeAccess), pageBuilder, TEMPLATE,
                WEB_RESOURCE);
        this.mine = mine;
        this.view = view;
        this.i18n = i18n;
    }

    @Override
    protected Map<String, Object> context(ConfluenceUser user, HttpServletRequest request) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("title", i18n.getText("mentoring.my.title"));
        context.put("intro", i18n.getText("mentoring.my.intro"));
        context.put("pairsHtml", view.render(mine.pairs(user), request.getContextPath()));
        context.put("notificationsUrl", request.getContextPath() + NotificationsServlet.PATH);
        context.put("notificationsLink", i18n.getText("mentoring.notifications.link"));
        return context;
    }
}
