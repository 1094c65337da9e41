package io.mentoringspaces.view;

import io.mentoringspaces.model.FeedbackSide;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.Pulse;
import io.mentoringspaces.model.Suggestion;
import io.mentoringspaces.model.SuggestionMark;
import io.mentoringspaces.service.Limits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the app keeps of one side's feedback on a meeting, below the feedback the side wrote in the
 * page: the session's pulse that side gave (1–5; the side's own person gives and changes it from view
 * mode) and, on the mentor's side, the mentor's suggestions with what the mentee made of them (the
 * mentee marks them tried or applied). Shared by the feedback macro and the REST API, which answers a
 * change with this fragment re-rendered.
 */
public class FeedbackView {

    private static final String TEMPLATE = "templates/macro/feedback-record.vm";

    private final ViewSupport support;

    public FeedbackView(ViewSupport support) {
        this.support = support;
    }

    /** Whether the viewer may give the side's pulse: that side's person of the plan, on the page, interactively. */
    public static boolean mayPulse(GrowthPlan plan, FeedbackSide side, Viewer viewer) {
        return viewer.interactive() && viewer.pageId() > 0 && plan.changeable()
                && (side == FeedbackSide.MENTEE ? viewer.isMenteeOf(plan) : viewer.isMentorOf(plan));
    }

    /** Whether the viewer may mark the mentor's suggestions: the plan's mentee, on the page, interactively. */
    public static boolean mayMark(GrowthPlan plan, Viewer viewer) {
        return viewer.interactive() && viewer.pageId() > 0 && plan.changeable() && viewer.isMenteeOf(plan);
    }

    /**
     * The fragment of one side: its pulse and, on the mentor's side, the page's suggestions (in page order).
     * A cancelled meeting offers no pulse to give, only to take back one given before it was cancelled.
     */
    public String render(GrowthPlan plan, FeedbackSide side, Pulse given, boolean cancelled, List<Suggestion> pageSuggestions,
            Viewer viewer) {
        String name = side.parameter();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("side", name);
        record.put("restPath", ViewSupport.REST_PATH + "/pages/" + viewer.pageId() + "/feedback");
        record.put("pulseLabel", support.text(side == FeedbackSide.MENTEE ? "mentoring.macro.feedback.pulse.mentee"
                : "mentoring.macro.feedback.pulse.mentor"));
        record.put("mayPulse", mayPulse(plan, side, viewer) && (!cancelled || given.given()));
        record.put("pulse", given.value());
        String none = cancelled ? "mentoring.macro.feedback.pulse.cancelled" : "mentoring.macro.feedback.pulse.none";
        record.put("pulseText", !given.given() ? support.text(none)
                : support.text("mentoring.macro.feedback.pulse.given", given.value(), support.userName(given.by()),
                        support.date(given.at())));
        List<Map<String, Object>> scale = new ArrayList<>();
        for (int value = Limits.PULSE_MIN; !cancelled && value <= Limits.PULSE_MAX; value++) {
            scale.add(Map.of("value", value, "label", support.text("mentoring.macro.feedback.pulse.value", value),
                    "pressed", value == given.value()));
        }
        record.put("scale", scale);
        record.put("clear", support.text("mentoring.macro.feedback.pulse.clear"));
        boolean mentor = side == FeedbackSide.MENTOR;
        record.put("suggestions", mentor ? suggestions(pageSuggestions) : List.of());
        record.put("suggestionsHeading", mentor ? support.text("mentoring.macro.feedback.suggestions") : null);
        record.put("noSuggestions", mentor && pageSuggestions.isEmpty()
                ? support.text("mentoring.macro.feedback.suggestions.none") : null);
        record.put("mayMark", mentor && mayMark(plan, viewer));
        record.put("markLabel", support.text("mentoring.macro.feedback.mark.label"));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("record", record);
        model.put("interactive", viewer.interactive());
        return support.render(TEMPLATE, model);
    }

    private List<Map<String, Object>> suggestions(List<Suggestion> suggestions) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Suggestion suggestion : suggestions) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", suggestion.itemKey());
            row.put("text", suggestion.text());
            row.put("mark", suggestion.mark().parameter());
            row.put("markText", markText(suggestion.mark()));
            row.put("marked", suggestion.markedBy() == null || suggestion.markedAt() == null ? null
                    : support.text("mentoring.macro.feedback.marked", support.userName(suggestion.markedBy()),
                            support.date(suggestion.markedAt())));
            List<Map<String, Object>> options = new ArrayList<>();
            for (SuggestionMark mark : SuggestionMark.values()) {
                options.add(Map.of("value", mark.parameter(), "label", markText(mark), "selected", mark == suggestion.mark()));
            }
            row.put("options", options);
            rows.add(row);
        }
        return rows;
    }

    /** How a mark reads: not yet, tried, applied. */
    public static String markKey(SuggestionMark mark) {
        return switch (mark) {
            case NONE -> "mentoring.macro.feedback.mark.none";
            case TRIED -> "mentoring.macro.feedback.mark.tried";
            case APPLIED -> "mentoring.macro.feedback.mark.applied";
        };
    }

    /** The heading of a side's feedback. */
    public static String headingKey(FeedbackSide side) {
        return side == FeedbackSide.MENTEE ? "mentoring.macro.feedback.heading.mentee" : "mentoring.macro.feedback.heading.mentor";
    }

    private String markText(SuggestionMark mark) {
        return support.text(markKey(mark));
    }
}
