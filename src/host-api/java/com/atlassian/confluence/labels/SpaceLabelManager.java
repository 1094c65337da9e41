package com.atlassian.confluence.labels;

import com.atlassian.confluence.spaces.Space;

/** Host-API declaration (confluence): the team labels of spaces, shown as space categories. */
public interface SpaceLabelManager {

    Label addLabel(Space space, String label);
}
