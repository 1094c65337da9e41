package com.atlassian.confluence.plugins.createcontent.api.events;

import com.atlassian.confluence.event.events.content.page.PageEvent;

/**
 * Host-API declaration (confluence-create-content-plugin): a page was created from a blueprint. Its
 * constructor and its blueprint getter take a type that is not API ({@code createcontent.impl}), so the
 * app reads only the page; tests mock it.
 */
public class BlueprintPageCreateEvent extends PageEvent {

    private BlueprintPageCreateEvent() {
        super(null, null);
    }
}
