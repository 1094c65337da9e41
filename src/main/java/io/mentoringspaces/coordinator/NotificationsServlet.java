package io.mentoringspaces.coordinator;

import com.atlassian.annotations.security.UnrestrictedAccess;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.mentoringspaces.PluginKeys;
import io.mentoringspaces.model.NoticeKind;
import io.mentoringspaces.model.NoticePreference;
import io.mentoringspaces.service.AccessService;
import io.mentoringspaces.service.NoticePreferenceService;
import io.mentoringspaces.service.ProgrammeAccessService;
import io.mentoringspaces.view.PairsViews;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The user's reminder preferences, {@code /plugins/servlet/mentoring/notifications}: every kind of mail
 * with what it is for and a switch, saved by the page's script through the REST API. A reminder mail's
 * stop link adds {@code ?stop=<kind>}: the page then asks, with one button, whether to stop that kind;
 * the page itself changes nothing (the button does, through the REST API). Anonymous users go to the
 * login page, which brings them back with the same address; users who may not use Confluence get the
 * refusal page.
 */
@UnrestrictedAccess
public class NotificationsServlet extends UserPageServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/plugins/servlet/mentoring/notifications";
    static final String TEMPLATE = "templates/coordinator/notifications.vm";
    static final String WEB_RESOURCE = PluginKeys.PLUGIN_KEY + ":notifications-resources";
    /** The query parameter of a mail's stop link: the kind to stop. */
    public static final String STOP = "stop";

    private final transient NoticePreferenceService preferences;
    private final transient I18nResolver i18n;

    public NotificationsServlet(AccessService access, ProgrammeAccessService programmeAccess, NoticePreferenceService preferences,
            PairsViews numbers, TemplateRenderer renderer, LoginUriProvider loginUriProvider, I18nResolver i18n,
            PageBuilderService pageBuilder) {
        super(new Pages(renderer, loginUriProvider, i18n, numbers::number, access, programmeAccess), pageBuilder, TEMPLATE,
                WEB_RESOURCE);
        this.preferences = preferences;
        this.i18n = i18n;
    }

    @Override
    protected Map<String, Object> context(ConfluenceUser user, HttpServletRequest request) {
        List<Map<String, Object>> kinds = new ArrayList<>();
        boolean stopEnabled = false;
        NoticeKind stop = NoticeKind.parse(request.getParameter(STOP));
        for (NoticePreference preference : preferences.of(user.getKey().getStringValue())) {
            Map<String, Object> kind = new LinkedHashMap<>();
            kind.put("kind", preference.kind().parameter());
            kind.put("label", label(preference.kind()));
            kind.put("description", i18n.getText("mentoring.notifications." + preference.kind().parameter() + ".description"));
            kind.put("enabled", preference.enabled());
            kinds.add(kind);
            stopEnabled |= preference.kind() == stop && preference.enabled();
        }
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("title", i18n.getText("mentoring.notifications.title"));
        context.put("intro", i18n.getText("mentoring.notifications.intro"));
        context.put("kinds", kinds);
        if (stop != null) {
            context.put("stopKind", stop.parameter());
            context.put("stopQuestion", i18n.getText(stopEnabled ? "mentoring.notifications.stop.question"
                    : "mentoring.notifications.stop.already", label(stop)));
            context.put("stopButton", i18n.getText("mentoring.notifications.stop.button"));
            context.put("stopPending", stopEnabled);
        }
        return context;
    }

    private String label(NoticeKind kind) {
        return i18n.getText("mentoring.notifications." + kind.parameter() + ".label");
    }
}
