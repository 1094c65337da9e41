package io.mentoringspaces.coordinator;

import com.atlassian.plugin.web.Condition;
import io.mentoringspaces.service.AccessService;
import io.mentoringspaces.service.ProgrammeAccessService;
import java.util.Map;

/**
 * Shows the coordinator view's header link to Confluence administrators and programme coordinators who
 * may use Confluence, and to nobody else.
 */
public class CoordinatorLinkCondition implements Condition {

    private final AccessService access;
    private final ProgrammeAccessService programmeAccess;

    public CoordinatorLinkCondition(AccessService access, ProgrammeAccessService programmeAccess) {
        this.access = access;
        this.programmeAccess = programmeAccess;
    }

    /** Takes no parameters. */
    @Override
    public void init(Map<String, String> params) {
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return programmeAccess.mayUseCoordinatorView(access.currentUser());
    }
}
