package io.mentoringspaces.confluence;

import com.atlassian.confluence.spaces.Space;

/** Confluence's SpaceManager for what the app reads: a space by key. */
final class InMemorySpaceManager {

    private final ContentStore content;

    InMemorySpaceManager(ContentStore content) {
        this.content = content;
    }

    public Space getSpace(String spaceKey) {
        return content.space(spaceKey);
    }
}
