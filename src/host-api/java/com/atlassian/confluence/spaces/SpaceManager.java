package com.atlassian.confluence.spaces;

/** Host-API declaration (confluence): finds spaces. */
public interface SpaceManager {

    @Deprecated
    Space getSpace(String spaceKey);
}
