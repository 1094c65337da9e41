package io.mentoringspaces.confluence;

import com.atlassian.confluence.event.events.content.page.PageEvent;
import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.event.events.label.LabelEvent;
import com.atlassian.confluence.event.events.space.SpaceEvent;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import com.atlassian.event.api.EventListener;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A listener of every event, writing each down as it arrives: its type and what it is about (the
 * page's title, version and labels, the space's key, the label and what it labels).
 */
public final class EventRecorder {

    private final List<String> events = new ArrayList<>();

    @EventListener
    public void onEvent(Object event) {
        events.add(describe(event));
    }

    public List<String> events() {
        return List.copyOf(events);
    }

    public void clear() {
        events.clear();
    }

    private static String describe(Object event) {
        String type = event.getClass().getSimpleName();
        if (event instanceof PageUpdateEvent update) {
            return type + " " + page(update.getPage()) + " from v" + update.getOriginalPage().getVersion() + " \""
                    + update.getOriginalPage().getTitle() + "\"";
        }
        if (event instanceof PageMoveEvent move) {
            return type + " " + page(move.getPage()) + " from " + move.getOldSpace().getKey()
                    + (move.getOldParentPage() == null ? "" : "/" + move.getOldParentPage().getTitle());
        }
        if (event instanceof PageEvent pageEvent) {
            return type + " " + page(pageEvent.getPage());
        }
        if (event instanceof SpaceEvent spaceEvent) {
            return type + " " + spaceEvent.getSpace().getKey();
        }
        if (event instanceof LabelEvent label) {
            return type + " " + label.getLabel().getName() + " on \"" + ((Page) label.getLabelled()).getTitle() + "\"";
        }
        return type;
    }

    private static String page(Page page) {
        String labels = page.getLabels().stream().map(Label::getName).collect(Collectors.joining(","));
        return "\"" + page.getTitle() + "\" v" + page.getVersion() + (labels.isEmpty() ? "" : " [" + labels + "]");
    }
}
