package io.mentoringspaces.blueprint;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.reminder.NoticeSender;
import io.mentoringspaces.service.FieldName;
import io.mentoringspaces.service.InvalidInputException;
import io.mentoringspaces.service.NotFoundException;
import io.mentoringspaces.service.PlanService;

/**
 * The mentee names another mentor for an invited plan: the user is found by name, as the space wizard's
 * user picker submits it, and the plan's mentor and the space's permissions change in one transaction
 * (the mentor's access moves to the new mentor); then the new mentor is invited by mail.
 */
public class MentorChange {

    /** The field the new mentor's user name is sent in, as in the space wizard. */
    public static final String MENTOR_FIELD = WizardFields.MENTOR;

    private final PlanService plans;
    private final SpacePermissions permissions;
    private final UserAccessor userAccessor;
    private final SpaceManager spaceManager;
    private final NoticeSender notices;

    public MentorChange(PlanService plans, SpacePermissions permissions, UserAccessor userAccessor, SpaceManager spaceManager,
            NoticeSender notices) {
        this.plans = plans;
        this.permissions = permissions;
        this.userAccessor = userAccessor;
        this.spaceManager = spaceManager;
        this.notices = notices;
    }

    /** Invites the user named {@code userName} in place of the plan's mentor. */
    public GrowthPlan inviteAnotherMentor(GrowthPlan plan, String userName) {
        if (userName == null || userName.isBlank()) {
            throw new InvalidInputException(MENTOR_FIELD, "mentoring.error.required", new FieldName(MENTOR_FIELD));
        }
        ConfluenceUser mentor = userAccessor.getUserByName(userName.strip());
        if (mentor == null) {
            throw new InvalidInputException(MENTOR_FIELD, "mentoring.error.user.unknown", new FieldName(MENTOR_FIELD));
        }
        Space space = spaceManager.getSpace(plan.spaceKey());
        if (space == null) {
            throw new NotFoundException("spaceKey", "mentoring.error.plan.unknown");
        }
        GrowthPlan invited = plans.inviteAnotherMentor(plan.id(), mentor.getKey().getStringValue(), mentor.getFullName(),
                previous -> permissions.moveMentor(space, previous.mentorKey(), mentor));
        notices.mentorInvited(invited);
        return invited;
    }
}
