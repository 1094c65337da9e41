package io.mentoringspaces.confluence;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.Namespace;
import com.atlassian.confluence.spaces.Space;

/** Confluence's SpaceLabelManager: a space's categories are team labels on the space. */
final class InMemorySpaceLabelManager {

    private final ContentStore content;

    InMemorySpaceLabelManager(ContentStore content) {
        this.content = content;
    }

    public Label addLabel(Space space, String label) {
        content.addCategory(space.getKey(), label);
        return new Label(label, Namespace.TEAM);
    }
}
