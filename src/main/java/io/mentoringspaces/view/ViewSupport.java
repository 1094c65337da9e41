package io.mentoringspaces.view;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.mentoringspaces.service.MentoringException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every fragment of the app needs, whether a macro renders it or the REST API re-renders it:
 * templates, texts in the user's language, inline messages, links, names and dates.
 */
public class ViewSupport {

    /** Base path of the app's REST API, relative to Confluence's context path. */
    public static final String REST_PATH = "/rest/mentoring/1.0";

    private final TemplateRenderer renderer;
    private final I18nResolver i18n;
    private final ApplicationProperties application;
    private final UserManager users;
    private final UserFormats formats;
    private final Clock clock;

    public ViewSupport(TemplateRenderer renderer, I18nResolver i18n, ApplicationProperties application, UserManager users,
            UserFormats formats, Clock clock) {
        this.renderer = renderer;
        this.i18n = i18n;
        this.application = application;
        this.users = users;
        this.formats = formats;
        this.clock = clock;
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
        return message("error", e.message(i18n, formats::number));
    }

    /** What a user who may not view the page sees instead of a macro: nothing of its content. */
    public String refusal(Viewer viewer) {
        return message("warning",
                text(viewer.user() == null ? "mentoring.macro.error.login" : "mentoring.macro.error.permission"));
    }

    /**
     * The text of an i18n key in the user's language; a number argument is written in the user's
     * locale, any other as it is.
     */
    public String text(String key, Object... arguments) {
        if (arguments.length == 0) {
            return i18n.getText(key);
        }
        Serializable[] shown = new Serializable[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = arguments[i] instanceof Integer || arguments[i] instanceof Long
                    ? formats.number(((Number) arguments[i]).longValue()) : String.valueOf(arguments[i]);
        }
        return i18n.getText(key, shown);
    }

    /** Absolute link to a page, valid in exports and e-mail too. */
    public String pageUrl(long pageId) {
        return application.getBaseUrl(UrlMode.CANONICAL) + "/pages/viewpage.action?pageId=" + pageId;
    }

    /** A link on the screen to {@code path} of the app's REST API, relative to the site's root. */
    public String restUrl(String path) {
        return application.getBaseUrl(UrlMode.RELATIVE) + REST_PATH + path;
    }

    /** The display name of a user, or a neutral text for a user Confluence no longer knows. */
    public String userName(String userKey) {
        return fullName(userKey == null ? null : users.getUserProfile(new UserKey(userKey)));
    }

    /** The display name of a user known by user name, as older pages name them; a neutral text for an unknown one. */
    public String userNameByName(String username) {
        return fullName(username == null ? null : users.getUserProfile(username));
    }

    private String fullName(UserProfile profile) {
        return profile == null ? text("mentoring.macro.user.unknown") : profile.getFullName();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A day in the user's locale. */
    public String date(LocalDate date) {
        return formats.date(date);
    }

    /** The day of an instant in the app's time zone, in the user's locale. */
    public String date(Instant instant) {
        return formats.date(instant);
    }
}
