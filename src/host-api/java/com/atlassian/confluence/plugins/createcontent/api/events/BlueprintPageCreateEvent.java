package com.atlassian.confluence.plugins.createcontent.api.events;

import com.atlassian.confluence.event.events.content.page.PageEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.impl.ContentBlueprint;
import com.atlassian.confluence.user.ConfluenceUser;
import java.util.Map;

/**
 * Host-API declaration (confluence-create-content-plugin): a page was created from a blueprint, with
 * the wizard's fields as context. The app reads only the page: the blueprint is not API
 * ({@code createcontent.impl}), so its getter is not declared. The constructor and the body serve the
 * test Confluence, which publishes the event.
 */
public class BlueprintPageCreateEvent extends PageEvent {

    private final ConfluenceUser creator;
    private final Map<String, Object> context;

    @SuppressWarnings("deprecation")
    public BlueprintPageCreateEvent(Object source, Page page, ContentBlueprint blueprint, ConfluenceUser creator,
            Map<String, Object> context) {
        super(source, page);
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
