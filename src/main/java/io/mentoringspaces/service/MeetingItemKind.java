package io.mentoringspaces.service;

/** The two kinds of row of the meeting items table: action items and the mentor's suggestions. */
enum MeetingItemKind {
    ACTION_ITEM,
    SUGGESTION;

    /** The unique key of the page's item of this kind with this key. */
    String uniqueKey(long pageId, String itemKey) {
        return pageId + "/" + name() + "/" + itemKey;
    }
}
