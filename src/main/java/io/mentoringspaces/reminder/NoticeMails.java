package io.mentoringspaces.reminder;

import com.atlassian.confluence.mail.template.ConfluenceMailQueueItem;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import io.mentoringspaces.model.Notice;
import io.mentoringspaces.storage.StorageMarkup;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Writes a notice's mail in the recipient's language: an HTML body whose every text is escaped, with a
 * link to the space, page or coordinator view it is about. Pair notices name only the space and dates;
 * a coordinator's digest carries figures and space keys, never what a pair wrote. Every mail ends with a
 * link that stops its kind of mail (the preferences page, which asks before it stops anything).
 */
public class NoticeMails {

    private static final String PREFIX = "mentoring.notice.";
    /** The user's reminder preferences page. */
    static final String NOTIFICATIONS_PATH = "/plugins/servlet/mentoring/notifications";

    private final I18nResolver i18n;
    private final ApplicationProperties application;

    public NoticeMails(I18nResolver i18n, ApplicationProperties application) {
        this.i18n = i18n;
        this.application = application;
    }

    /** The mail of the notice to {@code address}, for a recipient named {@code name} who reads {@code locale}. */
    public ConfluenceMailQueueItem mail(Notice notice, String address, String name, Locale locale) {
        String kind = PREFIX + notice.kind().parameter();
        String space = notice.spaceKey() == null ? "" : notice.spaceKey();
        String date = notice.date() == null ? "" : notice.date();
        String subject = text(locale, kind + ".subject", space, date);
        StringBuilder body = new StringBuilder("<html><body>");
        paragraph(body, text(locale, PREFIX + "greeting", name));
        paragraph(body, text(locale, kind + ".body", space, date, notice.count()));
        for (Notice.DigestProgramme programme : notice.programmes()) {
            paragraph(body, text(locale, PREFIX + "digest.programme", programme.name(), programme.pairs(),
                    programme.stalled().size(), programme.atRisk().size()));
            list(body, text(locale, PREFIX + "digest.stalled"), programme.stalled());
            list(body, text(locale, PREFIX + "digest.at-risk"), programme.atRisk());
        }
        body.append("<p><a href=\"").append(escape(link(notice))).append("\">")
                .append(escape(text(locale, kind + ".link"))).append("</a></p>");
        body.append("<p style=\"color:#6b778c;font-size:12px\">").append(escape(text(locale, PREFIX + "footer")))
                .append(" <a href=\"").append(escape(stopLink(notice))).append("\">").append(escape(text(locale, PREFIX + "stop")))
                .append("</a></p>");
        body.append("</body></html>");
        return new ConfluenceMailQueueItem(address, subject, body.toString(), ConfluenceMailQueueItem.MIME_TYPE_HTML);
    }

    /** Where the mail leads: the meeting page, the coordinator view or the space's home page. */
    String link(Notice notice) {
        String base = application.getBaseUrl(UrlMode.CANONICAL);
        if (notice.pageId() != 0) {
            return base + "/pages/viewpage.action?pageId=" + notice.pageId();
        }
        if (notice.spaceKey() == null) {
            return base + "/plugins/servlet/mentoring/coordinator";
        }
        return base + "/display/" + notice.spaceKey();
    }

    /** The one-click way to stop the notice's kind: the preferences page, asking to stop it. */
    String stopLink(Notice notice) {
        return application.getBaseUrl(UrlMode.CANONICAL) + NOTIFICATIONS_PATH + "?stop=" + notice.kind().parameter();
    }

    private String text(Locale locale, String key, Serializable... arguments) {
        return i18n.getText(locale, key, arguments);
    }

    private static void paragraph(StringBuilder body, String text) {
        body.append("<p>").append(escape(text)).append("</p>");
    }

    private static void list(StringBuilder body, String caption, List<String> spaceKeys) {
        if (spaceKeys.isEmpty()) {
            return;
        }
        body.append("<p>").append(escape(caption)).append("</p><ul>");
        spaceKeys.forEach(key -> body.append("<li>").append(escape(key)).append("</li>"));
        body.append("</ul>");
    }

    private static String escape(String text) {
        return StorageMarkup.escape(text);
    }
}
