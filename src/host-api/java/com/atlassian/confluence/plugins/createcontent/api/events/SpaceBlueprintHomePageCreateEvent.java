package com.atlassian.confluence.plugins.createcontent.api.events;

import com.atlassian.confluence.event.events.space.SpaceEvent;
import java.util.Map;

/**
 * Host-API declaration (confluence-create-content-plugin): the home page (and its child pages) of a
 * space created from a space blueprint were created; the context is the wizard's fields. Its
 * constructor and its blueprint getter take a type that is not API ({@code createcontent.impl}); tests
 * mock it.
 */
public class SpaceBlueprintHomePageCreateEvent extends SpaceEvent {

    private SpaceBlueprintHomePageCreateEvent() {
        super(null, null);
    }

    public Map<String, Object> getContext() {
        return null;
    }
}
