package com.atlassian.confluence.core;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.Labelable;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.core.bean.EntityObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Host-API declaration (confluence): a piece of content with a title and a storage-format body.
 * The bodies only serve the tests; Confluence's own class is used at run time.
 */
public abstract class ContentEntityObject extends EntityObject implements Labelable {

    private String title;
    private String body;
    private String contentStatus = "current";
    private final List<Label> labels = new ArrayList<>();
    private int version = 1;
    private ConfluenceUser creator;
    private ConfluenceUser lastModifier;

    protected ContentEntityObject() {
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBodyAsString() {
        return body;
    }

    public void setBodyAsString(String content) {
        this.body = content;
    }

    public String getContentStatus() {
        return contentStatus;
    }

    public void setContentStatus(String contentStatus) {
        this.contentStatus = contentStatus;
    }

    /** The content's labels; tests add to this list. */
    @Override
    public List<Label> getLabels() {
        return labels;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public ConfluenceUser getCreator() {
        return creator;
    }

    public void setCreator(ConfluenceUser creator) {
        this.creator = creator;
    }

    public ConfluenceUser getLastModifier() {
        return lastModifier;
    }

    public void setLastModifier(ConfluenceUser lastModifier) {
        this.lastModifier = lastModifier;
    }

    public boolean isCurrent() {
        return "current".equals(contentStatus);
    }

    public boolean isDeleted() {
        return "deleted".equals(contentStatus);
    }
}
