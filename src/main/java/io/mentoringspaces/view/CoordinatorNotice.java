package io.mentoringspaces.view;

import io.mentoringspaces.model.CoordinatorAccess;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.service.AccessService;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Tells the pair who besides them can read their space: "&lt;programme&gt;: coordinators can read this
 * space" on the space's pages (the meetings macro shows it on the home and Meetings pages) while the
 * space's own permissions let the programme's coordinator group view it, and, in the Mentoring space
 * wizard, before a space is created in a programme that grants its coordinators view access.
 */
public class CoordinatorNotice {

    private final AccessService access;
    private final ViewSupport support;

    public CoordinatorNotice(AccessService access, ViewSupport support) {
        this.access = access;
        this.support = support;
    }

    /**
     * The notice for the plan's space, or null when no coordinator group may view it. The programme is
     * read through {@code programmes} (by id), and only when some group may view the space, so a space
     * only its pair can read costs no statement.
     */
    public String inSpace(GrowthPlan plan, IntFunction<Optional<Programme>> programmes) {
        Set<String> groups = access.viewerGroups(plan.spaceKey());
        if (groups.isEmpty()) {
            return null;
        }
        return programmes.apply(plan.programmeId())
                .filter(programme -> programme.coordinatorGroup() != null && groups.contains(programme.coordinatorGroup()))
                .map(programme -> support.text("mentoring.macro.meetings.coordinators", programme.name()))
                .orElse(null);
    }

    /** The wizard's notice for a space created in the programme, or null when its coordinators will see figures only. */
    public String beforeCreation(Programme programme) {
        return programme.coordinatorAccess() == CoordinatorAccess.VIEW && programme.coordinatorGroup() != null
                ? support.text("mentoring.blueprint.wizard.coordinators", programme.name())
                : null;
    }
}
