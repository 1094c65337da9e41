package io.mentoringspaces.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.mentoringspaces.PluginKeys;
import io.mentoringspaces.service.AccessService;
import io.mentoringspaces.service.FieldName;
import io.mentoringspaces.service.MentoringException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every macro of the app needs around its own view: where and for whom it renders, texts in the
 * user's language, templates, inline messages, links, names and dates, and its web resources.
 */
public class MacroSupport {

    /** Base path of the app's REST API, relative to Confluence's context path. */
    public static final String REST_PATH = "/rest/mentoring/1.0";

    private static final String DISPLAY = "display";
    private static final String MOBILE = "mobile";

    private final TemplateRenderer renderer;
    private final I18nResolver i18n;
    private final PageBuilderService pageBuilder;
    private final AccessService access;
    private final ApplicationProperties application;
    private final UserManager users;
    private final Clock clock;

    public MacroSupport(TemplateRenderer renderer, I18nResolver i18n, PageBuilderService pageBuilder, AccessService access,
            ApplicationProperties application, UserManager users, Clock clock) {
        this.renderer = renderer;
        this.i18n = i18n;
        this.pageBuilder = pageBuilder;
        this.access = access;
        this.application = application;
        this.users = users;
        this.clock = clock;
    }

    /** Where a macro is rendered and what the current user may do there. */
    public record Placement(String spaceKey, boolean canView, Viewer viewer) {
    }

    /**
     * The space and page of the conversion and the current user's rights on them: the page's own
     * permissions when the macro is on a saved page, the space's otherwise (a preview of a new page).
     */
    public Placement placement(ConversionContext context) {
        ConfluenceUser user = access.currentUser();
        boolean interactive = DISPLAY.equals(context.getOutputType()) && !MOBILE.equals(context.getOutputDeviceType());
        ContentEntityObject entity = context.getEntity();
        if (entity instanceof AbstractPage page && page.getId() > 0) {
            String spaceKey = page.getSpaceKey() == null ? context.getSpaceKey() : page.getSpaceKey();
            return new Placement(spaceKey, access.canViewPage(user, page),
                    new Viewer(user, page.getId(), user != null && access.canEditPage(user, page), interactive));
        }
        String spaceKey = context.getSpaceKey();
        return new Placement(spaceKey, access.canViewSpace(user, spaceKey),
                new Viewer(user, 0, user != null && access.canEditSpace(user, spaceKey), interactive));
    }

    /** Asks for one of the app's web resources on the page being built. */
    public void requireResource(String moduleKey) {
        pageBuilder.assembler().resources().requireWebResource(PluginKeys.PLUGIN_KEY + ":" + moduleKey);
    }

    public String render(String template, Map<String, Object> model) {
        return renderer.renderFragment(template, model);
    }

    /** An inline AUI message: {@code type} is error, warning or info. */
    public String message(String type, String text) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("type", type);
        model.put("text", text);
        return render("templates/macro/message.vm", model);
    }

    /** A refusal by a service or by parameter parsing, as an inline error message. */
    public String error(MentoringException e) {
        Object[] arguments = e.getArguments();
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = arguments[i] instanceof FieldName field ? i18n.getText(field.labelKey()) : arguments[i];
        }
        return message("error", text(e.getMessageKey(), shown));
    }

    /** What a user who may not view the page sees instead of the macro: nothing of its content. */
    public String refusal(Viewer viewer) {
        return message("warning",
                text(viewer.user() == null ? "mentoring.macro.error.login" : "mentoring.macro.error.permission"));
    }

    /** The text of an i18n key in the user's language; arguments are shown as written. */
    public String text(String key, Object... arguments) {
        if (arguments.length == 0) {
            return i18n.getText(key);
        }
        Serializable[] shown = new Serializable[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = String.valueOf(arguments[i]);
        }
        return i18n.getText(key, shown);
    }

    /** Absolute link to a page, valid in exports and e-mail too. */
    public String pageUrl(long pageId) {
        return application.getBaseUrl(UrlMode.CANONICAL) + "/pages/viewpage.action?pageId=" + pageId;
    }

    /** The display name of a user, or a neutral text for a user Confluence no longer knows. */
    public String userName(String userKey) {
        UserProfile profile = userKey == null ? null : users.getUserProfile(new UserKey(userKey));
        return profile == null ? text("mentoring.macro.user.unknown") : profile.getFullName();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A day as written in the app: ISO-8601. */
    public String date(LocalDate date) {
        return date.toString();
    }

    /** The day of an instant in the app's time zone, ISO-8601. */
    public String date(Instant instant) {
        return LocalDate.ofInstant(instant, clock.getZone()).toString();
    }
}
