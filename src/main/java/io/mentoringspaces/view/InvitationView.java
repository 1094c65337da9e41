package io.mentoringspaces.view;

import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.Invitation;
import io.mentoringspaces.model.PlanStatus;
import io.mentoringspaces.service.Limits;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The banner of a pair whose mentor is invited, for the pair only and only while the plan is invited: the
 * mentor is asked to accept or decline (with an optional reason); the mentee is told whom the space
 * waits for and, after a decline, the reason given and a form to name another mentor. Everybody else,
 * and everybody once the mentor accepted, gets nothing. Shared by the invitation macro and by the REST
 * API, which answers a change with this fragment re-rendered (empty once accepted).
 */
public class InvitationView {

    private static final String TEMPLATE = "templates/macro/invitation.vm";

    private final ViewSupport support;

    public InvitationView(ViewSupport support) {
        this.support = support;
    }

    /** The banner of {@code plan} for {@code viewer}; empty when there is nothing for them. */
    public String render(GrowthPlan plan, Viewer viewer) {
        boolean mentor = viewer.isMentorOf(plan);
        boolean mentee = viewer.isMenteeOf(plan);
        if (plan.status() != PlanStatus.INVITED || !viewer.interactive() || !mentor && !mentee) {
            return "";
        }
        Invitation invitation = plan.invitation();
        String mentorName = plan.mentorName() == null ? support.userName(plan.mentorKey()) : plan.mentorName();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", "mentoring-invitation-" + plan.spaceKey().toLowerCase(Locale.ROOT));
        model.put("restPath", ViewSupport.REST_PATH + "/spaces/" + plan.spaceKey() + "/invitation");
        model.put("answer", mentor && !invitation.declined());
        model.put("rename", mentee && invitation.declined());
        String message;
        if (mentor) {
            message = invitation.declined() ? support.text("mentoring.invitation.mentor.declined")
                    : support.text("mentoring.invitation.mentor.asked", support.userName(plan.menteeKey()));
        } else {
            message = invitation.declined() ? support.text("mentoring.invitation.mentee.declined", mentorName)
                    : support.text("mentoring.invitation.mentee.waiting", mentorName);
        }
        model.put("message", message);
        model.put("reason", mentee && invitation.declined() ? invitation.declineReason() : null);
        model.put("maxReason", Limits.DECLINE_REASON);
        model.put("text", texts());
        return support.render(TEMPLATE, model);
    }

    private Map<String, String> texts() {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("accept", support.text("mentoring.invitation.accept"));
        text.put("decline", support.text("mentoring.invitation.decline"));
        text.put("reason", support.text("mentoring.invitation.reason"));
        text.put("reasonHint", support.text("mentoring.invitation.reason.hint"));
        text.put("reasonLabel", support.text("mentoring.invitation.reason.given"));
        text.put("mentor", support.text("mentoring.invitation.new.mentor"));
        text.put("mentorPlaceholder", support.text("mentoring.blueprint.wizard.mentor.placeholder"));
        text.put("noUser", support.text("mentoring.blueprint.wizard.user.none"));
        text.put("invite", support.text("mentoring.invitation.invite"));
        return text;
    }
}
