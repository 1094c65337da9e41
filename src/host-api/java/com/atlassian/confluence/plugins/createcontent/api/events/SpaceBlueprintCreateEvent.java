package com.atlassian.confluence.plugins.createcontent.api.events;

import com.atlassian.confluence.event.events.space.SpaceEvent;
import com.atlassian.confluence.user.ConfluenceUser;
import java.util.Map;

/**
 * Host-API declaration (confluence-create-content-plugin): a space was created from a space blueprint
 * (before its home page), with the wizard's fields as context. Its constructor and its blueprint getter
 * take a type that is not API ({@code createcontent.impl}); tests mock it.
 */
public class SpaceBlueprintCreateEvent extends SpaceEvent {

    private SpaceBlueprintCreateEvent() {
        super(null, null);
    }

    public ConfluenceUser getCreator() {
        return null;
    }

    public Map<String, Object> getContext() {
        return null;
    }
}
