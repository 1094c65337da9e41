package com.atlassian.confluence.labels;

import com.atlassian.core.bean.EntityObject;
import java.io.Serializable;
import java.util.Objects;

/** Host-API declaration (confluence): a label. The bodies only serve the tests. */
public class Label extends EntityObject implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final Namespace namespace;

    public Label(String name) {
        this(name, Namespace.GLOBAL);
    }

    public Label(String name, Namespace namespace) {
        this.name = name;
        this.namespace = namespace;
    }

    public String getName() {
        return name;
    }

    public Namespace getNamespace() {
        return namespace;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Label other && other.name.equals(name) && other.namespace == namespace;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, namespace.getPrefix());
    }

    @Override
    public String toString() {
        return namespace.getPrefix() + ":" + name;
    }
}
