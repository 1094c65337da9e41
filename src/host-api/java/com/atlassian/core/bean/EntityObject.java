package com.atlassian.core.bean;

import java.util.Date;

/** Host-API declaration (atlassian-core): the base of Confluence's persistent objects. */
public class EntityObject {

    private long id;
    private Date creationDate;
    private Date lastModificationDate;

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public Date getCreationDate() {
        return creationDate;
    }

    public void setCreationDate(Date creationDate) {
        this.creationDate = creationDate;
    }

    public Date getLastModificationDate() {
        return lastModificationDate;
    }

    public void setLastModificationDate(Date lastModificationDate) {
        this.lastModificationDate = lastModificationDate;
    }
}
