package io.mentoringspaces.blueprint;

import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;

/**
 * Context of the mentoring space's own pages (home page, Meetings, Feedback log): the space key for the
 * task report and the create-meeting button, and the meeting blueprint's complete key.
 */
public class SpaceContextProvider extends AbstractBlueprintContextProvider {

    /** The space's key, for macro parameters. */
    static final String SPACE_KEY = "mentoringSpaceKey";
    /** Complete key of the Mentoring meeting blueprint, for the create-meeting button. */
    static final String MEETING_BLUEPRINT = "meetingBlueprintKey";

    @Override
    protected BlueprintContext updateBlueprintContext(BlueprintContext context) {
        context.put(SPACE_KEY, context.getSpaceKey());
        context.put(MEETING_BLUEPRINT, BlueprintKeys.MEETING_BLUEPRINT);
        return context;
    }
}
