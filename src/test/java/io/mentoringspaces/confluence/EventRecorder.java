package io.mentoringspaces.confluence;

import com.atlassian.confluence.event.events.content.page.PageCopyEvent;
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
 * A listener of every event, keeping each as it arrives, and writing it down: its type and what it is
 * about (the page's title, version and labels, the space's key, the label and what it labels, and
whether that is saved yet).
 */
public final class EventRecorder {

    private final List<String> events = new ArrayList<>();
    private final List<Object> received = new ArrayList<>();

    @EventListener
    public void onEvent(Object event) {
        events.add(describe(event));
        received.add(event);
    }

    /** The events so far, each described as it arrived. */
    public List<String> events() {
        return List.copyOf(events);
    }

    /** The events so far, as they were published. */
    public List<Object> received() {
        return List.copyOf(received);
    }

    public void clear() {
        events.clear();
        received.clear();
    }

    private static String describe(Object event) {
        String type = event.getClass().getSimpleName();
        if (event instanceof PageUpdateEvent update) {
            return type + " " + page(update.getPage()) + " from v" + update.getOriginalPage().getVersion() + " \""
                    + update.getOriginalPage().getTitle() + "\"";
        }
        if (event instanceof PageCopyEvent copy) {
            return type + " " + page(copy.getPage()) + " to " + page(copy.getDestination());
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
            Page page = (Page) label.getLabelled();
            return type + " " + label.getLabel().getName() + " on \"" + page.getTitle() + "\"" + (page.getId() == 0 ? " (unsaved)" : "");
        }
        return type;
    }

    private static String page(Page page) {
        String labels = page.getLabels().stream().map(Label::getName).collect(Collectors.joining(","));
        return "\"" + page.getTitle() + "\" v" + page.getVersion() + (labels.isEmpty() ? "" : " [" + labels + "]");
    }
}
