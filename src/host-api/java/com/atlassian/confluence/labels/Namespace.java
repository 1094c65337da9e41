package com.atlassian.confluence.labels;

import java.io.Serializable;

/** Host-API declaration (confluence): the namespace of a label (global labels on pages, team labels on spaces). */
public class Namespace implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Namespace GLOBAL = new Namespace("global");
    public static final Namespace TEAM = new Namespace("team");

    private final String prefix;

    private Namespace(String prefix) {
        this.prefix = prefix;
    }

    public String getPrefix() {
        return prefix;
    }
}
