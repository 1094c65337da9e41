package io.mentoringspaces.index;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.Namespace;
import com.atlassian.confluence.pages.Page;
import io.mentoringspaces.service.Limits;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the app recognises its pages: by the labels its blueprints give them (so copies and imports are
 * recognised too), and a meeting's date by the ISO date that starts its title.
 */
public final class MeetingPages {

    /** Label of every page created from the Mentoring meeting blueprint (the blueprint's index key). */
    public static final String MEETING_LABEL = "mentoring-meeting";
    /** Label of the growth-plan page (the Growth plan blueprint's index key). */
    public static final String GROWTH_PLAN_LABEL = "mentoring-growth-plan";

    /**
     * Pages in the order they were created (their ids grow). A lambda, not {@code Page::getId}: a
     * method reference names the class that declares the method, {@code com.atlassian.core.bean.EntityObject},
     * and would make the bundle import that package, which is not API.
     */
    public static final Comparator<Page> BY_ID = Comparator.comparingLong(page -> page.getId());

    private static final Pattern LEADING_DATE = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})(?:\\s|$)");

    private MeetingPages() {
    }

    public static boolean isMeeting(ContentEntityObject page) {
        return hasLabel(page, MEETING_LABEL);
    }

    public static boolean isGrowthPlan(ContentEntityObject page) {
        return hasLabel(page, GROWTH_PLAN_LABEL);
    }

    /** Whether the label is one the index follows: the meeting or the growth-plan label. */
    public static boolean isIndexLabel(Label label) {
        return is(label, MEETING_LABEL) || is(label, GROWTH_PLAN_LABEL);
    }

    private static boolean hasLabel(ContentEntityObject page, String name) {
        for (Label label : page.getLabels()) {
            if (is(label, name)) {
                return true;
            }
        }
        return false;
    }

    /** The global label of that name (the one a blueprint's index key gives, or a person types). */
    private static boolean is(Label label, String name) {
        return name.equals(label.getName()) && label.getNamespace() != null
                && Namespace.GLOBAL.getPrefix().equals(label.getNamespace().getPrefix());
    }

    /** The date that starts the title ("2026-03-16 Mentoring meeting"); empty when there is none. */
    public static Optional<LocalDate> dateFromTitle(String title) {
        Matcher m = title == null ? null : LEADING_DATE.matcher(title);
        if (m == null || !m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The title as the meeting link keeps it (cut to the link's length). */
    public static String linkTitle(String title) {
        String text = title.strip();
        return text.length() <= Limits.MEETING_TITLE ? text : text.substring(0, Limits.MEETING_TITLE);
    }
}
