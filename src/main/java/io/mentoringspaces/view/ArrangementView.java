package io.mentoringspaces.view;

import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingArrangement;
import io.mentoringspaces.service.Limits;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The pair's agreed meeting arrangement in words ("We meet at 09:30 for 45 minutes", then the place,
 * a link when it is a web address), or that none was agreed yet; for the plan's mentee or mentor in
 * view mode, a form to change it. Shared by the meetings macro and by the REST API, which answers a
 * change with this fragment re-rendered.
 */
public class ArrangementView {

    private static final String TEMPLATE = "templates/macro/arrangement.vm";
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://", Pattern.CASE_INSENSITIVE);

    private final ViewSupport support;

    public ArrangementView(ViewSupport support) {
        this.support = support;
    }

    /** The arrangement of {@code plan} for {@code viewer}; the form only when the viewer may change it ({@link #mayChange}). */
    public String render(GrowthPlan plan, Viewer viewer) {
        MeetingArrangement arrangement = plan.arrangement();
        String time = arrangement.time() == null ? null : arrangement.time().format(HOURS_MINUTES);
        String place = arrangement.place();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", "mentoring-arrangement-" + plan.spaceKey().toLowerCase(Locale.ROOT));
        model.put("sentence", time == null ? support.text("mentoring.macro.arrangement.none")
                : support.text("mentoring.macro.arrangement.agreed", time, arrangement.minutes()));
        model.put("place", place);
        model.put("placeUrl", place != null && isWebAddress(place) ? place : null);
        boolean canChange = mayChange(plan, viewer);
        model.put("canChange", canChange);
        if (canChange) {
            model.put("restPath", ViewSupport.REST_PATH + "/spaces/" + plan.spaceKey() + "/arrangement");
            model.put("time", time == null ? "" : time);
            model.put("minutes", arrangement.minutes());
            model.put("placeValue", place == null ? "" : place);
            model.put("minMinutes", Limits.MEETING_MINUTES_MIN);
            model.put("maxMinutes", Limits.MEETING_MINUTES_MAX);
            model.put("maxPlace", Limits.MEETING_PLACE);
            model.put("text", texts());
        }
        return support.render(TEMPLATE, model);
    }

    /**
     * Whether the form belongs in the output: the viewer is the plan's mentee or mentor, in view mode, and the
     * mentorship is not closed.
     */
    private static boolean mayChange(GrowthPlan plan, Viewer viewer) {
        return viewer.interactive() && (viewer.isMenteeOf(plan) || viewer.isMentorOf(plan)) && plan.changeable();
    }

    private Map<String, String> texts() {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("change", support.text("mentoring.macro.arrangement.change"));
        text.put("legend", support.text("mentoring.field.arrangement"));
        text.put("time", support.text("mentoring.field.meetingTime"));
        text.put("duration", support.text("mentoring.field.meetingDuration"));
        text.put("place", support.text("mentoring.field.meetingPlace"));
        text.put("placeHint", support.text("mentoring.macro.arrangement.place.hint"));
        text.put("save", support.text("mentoring.macro.form.save"));
        text.put("cancel", support.text("mentoring.macro.form.cancel"));
        return text;
    }

    /** A place starting like a web address: the plan keeps such a text only when it is a whole http(s) address. */
    private static boolean isWebAddress(String place) {
        return WEB_ADDRESS.matcher(place).lookingAt();
    }
}
