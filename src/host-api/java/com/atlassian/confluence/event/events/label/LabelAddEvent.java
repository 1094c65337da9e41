package com.atlassian.confluence.event.events.label;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.Labelable;

/** Host-API declaration (confluence): a label was added to a piece of content. */
public class LabelAddEvent extends LabelEvent {

    public LabelAddEvent(Label label, Labelable labelled) {
        super(label, labelled);
    }
}
