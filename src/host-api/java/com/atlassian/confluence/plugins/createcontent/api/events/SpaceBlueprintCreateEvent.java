package com.atlassian.confluence.plugins.createcontent.api.events;

import com.atlassian.confluence.event.events.space.SpaceEvent;
import com.atlassian.confluence.plugins.createcontent.impl.SpaceBlueprint;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import java.util.Map;

/**
 * Host-API declaration (confluence-create-content-plugin): a space was created from a space blueprint (before its home page), with the wizard's fields as context. The space blueprint is not API
 * ({@code createcontent.impl}), so its getter is not declared. The constructor and the body serve the
 * test Confluence, which publishes the event.
 */
public class SpaceBlueprintCreateEvent extends SpaceEvent {

    private final ConfluenceUser creator;
    private final Map<String, Object> context;

    public SpaceBlueprintCreateEvent(Object source, Space space, SpaceBlueprint spaceBlueprint, ConfluenceUser creator,
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
