package com.atlassian.confluence.labels;

/** Host-API declaration (confluence): adds and removes labels. */
public interface LabelManager {

    int addLabel(Labelable labelable, Label label);
}
