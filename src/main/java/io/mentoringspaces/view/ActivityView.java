package io.mentoringspaces.view;

import io.mentoringspaces.model.Activity;
import io.mentoringspaces.model.ActivityStatus;
import io.mentoringspaces.model.GrowthPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A development activity of the growth plan: its title, kind, the goal it serves and its status, with
 * who set it and when. The plan's mentee and mentor change the status in view mode with a select;
 * everybody else sees it as a lozenge. Shared by the activity macro and the REST API, which answers a
 * change with the activity re-rendered.
 */
public class ActivityView {

    private static final String TEMPLATE = "templates/macro/activity.vm";

    private final ViewSupport support;

    public ActivityView(ViewSupport support) {
        this.support = support;
    }

    /**
     * The activity, as stored ({@code indexed}) or, before the index knows it, as its macro writes it
     * (planned, unchangeable, with a note); {@code goalTitle} names the goal it serves, or is null.
     */
    public String render(GrowthPlan plan, Activity activity, boolean indexed, String goalTitle, Viewer viewer) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", activity.title());
        model.put("kind", support.text(switch (activity.kind()) {
            case COURSE -> "mentoring.macro.activity.kind.course";
            case PROJECT -> "mentoring.macro.activity.kind.project";
            case EVENT -> "mentoring.macro.activity.kind.event";
            case OTHER -> "mentoring.macro.activity.kind.other";
        }));
        model.put("goal", goalTitle == null ? null : support.text("mentoring.macro.activity.goal", goalTitle));
        model.put("status", support.text(label(activity.status())));
        model.put("statusClass", switch (activity.status()) {
            case PLANNED -> "aui-lozenge-subtle";
            case IN_PROGRESS -> "aui-lozenge-current";
            case DONE -> "aui-lozenge-success";
        });
        model.put("changed", activity.changedBy() == null || activity.changedAt() == null ? null
                : support.text("mentoring.macro.activity.changed", support.userName(activity.changedBy()),
                        support.date(activity.changedAt())));
        boolean canChange = indexed && plan.changeable() && viewer.interactive() && viewer.user() != null
                && plan.isPair(viewer.user().getKey().getStringValue());
        model.put("canChange", canChange);
        model.put("statusLabel", support.text("mentoring.macro.activity.status.label", activity.title()));
        List<Map<String, Object>> options = new ArrayList<>();
        for (ActivityStatus status : ActivityStatus.values()) {
            options.add(Map.of("value", status.parameter(), "label", support.text(label(status)), "selected",
                    status == activity.status()));
        }
        model.put("options", options);
        model.put("restPath", ViewSupport.REST_PATH + "/pages/" + viewer.pageId() + "/activities/" + activity.key());
        model.put("noticeHtml", indexed ? null : support.message("info", support.text("mentoring.macro.activity.not.indexed")));
        model.put("interactive", viewer.interactive());
        return support.render(TEMPLATE, model);
    }

    private static String label(ActivityStatus status) {
        return switch (status) {
            case PLANNED -> "mentoring.macro.activity.status.planned";
            case IN_PROGRESS -> "mentoring.macro.activity.status.in-progress";
            case DONE -> "mentoring.macro.activity.status.done";
        };
    }
}
