package com.atlassian.confluence.plugins.createcontent.api.events;

import com.atlassian.confluence.event.events.space.SpaceEvent;
import com.atlassian.confluence.plugins.createcontent.impl.SpaceBlueprint;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import java.util.Map;

/**
 * Host-API declaration (confluence-create-content-plugin): the home page (and its child pages) of a space created from a space blueprint were created; the context is the wizard's fields. The space blueprint is not API
 * ({@code createcontent.impl}), so its getter is not declared. The constructor and the body serve the
 * test Confluence, which publishes the event.
 */
public class SpaceBlueprintHomePageCreateEvent extends SpaceEvent {

    private final ConfluenceUser creator;
    private final Map<String, Object> context;

    public SpaceBlueprintHomePageCreateEvent(Object source, Space space, SpaceBlueprint spaceBlueprint, ConfluenceUser creator,
            Map<String, Object> context) {
        super(source, space);
        this.creator = creator;
        this.context = context;
    }

    public ConfluenceUser getCreator() {
        return creator;
    }

    public Map<String, Object> getContext() {
        return context;
    }
}
