package com.atlassian.core.bean;

/** Host-API declaration (atlassian-core): the base of Confluence's persistent objects. */
public class EntityObject {

    private long id;

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
