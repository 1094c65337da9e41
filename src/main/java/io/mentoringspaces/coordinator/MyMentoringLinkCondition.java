package io.mentoringspaces.coordinator;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugin.web.Condition;
import io.mentoringspaces.service.AccessService;
import io.mentoringspaces.service.MyMentoringService;
import java.util.Map;

/**
 * Shows the "My mentoring" header link to users who may use Confluence and are mentee or mentor of an
 * active plan: one count on indexed columns per page view.
 */
public class MyMentoringLinkCondition implements Condition {

    private final AccessService access;
    private final MyMentoringService mine;

    public MyMentoringLinkCondition(AccessService access, MyMentoringService mine) {
        this.access = access;
        this.mine = mine;
    }

    /** Takes no parameters. */
    @Override
    public void init(Map<String, String> params) {
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        ConfluenceUser user = access.currentUser();
        return access.mayUseConfluence(user) && mine.hasPairs(user);
    }
}
