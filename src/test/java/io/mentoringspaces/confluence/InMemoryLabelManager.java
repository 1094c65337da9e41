package io.mentoringspaces.confluence;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.event.events.label.LabelAddEvent;
import com.atlassian.confluence.event.events.label.LabelRemoveEvent;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.Labelable;
import com.atlassian.event.api.EventPublisher;

/**
 * Confluence's LabelManager (DefaultLabelManager.addLabel): a label the content has already is not
 * added again (0); otherwise it is added, {@link LabelAddEvent} is published, and the answer says
 * whether the label itself was new to Confluence (2) or known (1). Removing a label the content has
 * takes it off, then publishes {@link LabelRemoveEvent} (3; 0 when it had none). Neither saves a new
 * version of the page, so no page update event follows.
 */
final class InMemoryLabelManager {

    static final int NO_CHANGE = 0;
    static final int LABEL_ADDED = 1;
    static final int LABEL_CREATED = 2;
    static final int LABEL_REMOVED = 3;

    private final ContentStore content;
    private final EventPublisher events;

    InMemoryLabelManager(ContentStore content, EventPublisher events) {
        this.content = content;
        this.events = events;
    }

    public int addLabel(Labelable labelable, Label label) {
        ContentEntityObject labelled = (ContentEntityObject) labelable;
        boolean created;
        synchronized (content) {
            if (ContentStore.hasLabel(labelled, label)) {
                return NO_CHANGE;
            }
            created = content.learnLabel(label);
            labelled.getLabels().add(label);
        }
        events.publish(new LabelAddEvent(label, labelable));
        return created ? LABEL_CREATED : LABEL_ADDED;
    }

    /** DefaultLabelManager.removeLabel, without deleting labels nothing carries any more (which the app cannot see). */
    public int removeLabel(Labelable labelable, Label label) {
        ContentEntityObject labelled = (ContentEntityObject) labelable;
        synchronized (content) {
            if (!labelled.getLabels().remove(label)) {
                return NO_CHANGE;
            }
        }
        events.publish(new LabelRemoveEvent(label, labelable));
        return LABEL_REMOVED;
    }
}
