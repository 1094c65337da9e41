package com.atlassian.confluence.event.events.label;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.Labelable;

/** Host-API declaration (confluence): a label was removed from a piece of content. */
public class LabelRemoveEvent extends LabelEvent {

    public LabelRemoveEvent(Label source, Labelable labelled) {
        super(source, labelled);
    }
}
