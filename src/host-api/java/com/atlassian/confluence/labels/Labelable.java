package com.atlassian.confluence.labels;

import java.util.List;

/** Host-API declaration (confluence): content that carries labels. */
public interface Labelable {

    List<Label> getLabels();
}
