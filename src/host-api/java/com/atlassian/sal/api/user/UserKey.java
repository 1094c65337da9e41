package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/** Host-API declaration (sal-api): the stable key of a user. */
public final class UserKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String userKey;

    public UserKey(String userKey) {
        this.userKey = Objects.requireNonNull(userKey);
    }

    public String getStringValue() {
        return userKey;
    }

    @Override
    public String toString() {
        return userKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserKey && ((UserKey) o).userKey.equals(userKey);
    }

    @Override
    public int hashCode() {
        return userKey.hashCode();
    }
}
