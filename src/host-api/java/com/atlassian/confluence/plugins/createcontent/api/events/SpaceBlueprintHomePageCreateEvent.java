package com.atlassian.confluence.plugins.createcontent.api.events;

import com.atlassian.confluence.event.events.space.SpaceEvent;
import com.atlassian.confluence.plugins.createcontent.impl.SpaceBlueprint;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import java.util.Map;

/**
 * Host-API declaration (confluence-create-content-plugin): the home page (and its child pages) of a space created from a space blueprint were created.
 * The bodies only serve the tests.
 */
public class SpaceBlueprintHomePageCreateEvent extends SpaceEvent {

    private final SpaceBlueprint spaceBlueprint;
    private final ConfluenceUser creator;
    private final Map<String, Object> context;

    public SpaceBlueprintHomePageCreateEvent(Object source, Space space, SpaceBlueprint spaceBlueprint, ConfluenceUser creator,
            Map<String, Object> context) {
        super(source, space);
        this.spaceBlueprint = spaceBlueprint;
        this.creator = creator;
        this.context = context;
    }

    public SpaceBlueprint getSpaceBlueprint() {
        return spaceBlueprint;
    }

    public ConfluenceUser getCreator() {
        return creator;
    }

    public Map<String, Object> getContext() {
        return context;
    }
}
