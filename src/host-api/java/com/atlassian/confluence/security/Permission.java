package com.atlassian.confluence.security;

import java.io.Serializable;

/** Host-API declaration (confluence): a kind of permission, checked by {@link PermissionManager}. */
public abstract class Permission implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Permission VIEW = new Named("VIEW");
    public static final Permission EDIT = new Named("EDIT");
    public static final Permission ADMINISTER = new Named("ADMINISTER");

    private final String name;

    private Permission(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }

    /** The constants' class in the test bodies. */
    private static final class Named extends Permission {

        private static final long serialVersionUID = 1L;

        Named(String name) {
            super(name);
        }
    }
}
