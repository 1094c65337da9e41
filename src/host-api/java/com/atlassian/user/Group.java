package com.atlassian.user;

/** Host-API declaration (atlassian-user): a group of users, named by {@link #getName()}. */
public interface Group extends Entity {
}
