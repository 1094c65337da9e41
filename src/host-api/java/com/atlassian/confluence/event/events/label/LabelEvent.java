package com.atlassian.confluence.event.events.label;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.Labelable;

/** Host-API declaration (confluence): something happened to a label of a piece of content. The bodies only serve the tests. */
public abstract class LabelEvent {

    protected Labelable labelled;
    private final Label label;

    public LabelEvent(Label label, Labelable labelled) {
        this.label = label;
        this.labelled = labelled;
    }

    public Label getLabel() {
        return label;
    }

    public Labelable getLabelled() {
        return labelled;
    }
}
