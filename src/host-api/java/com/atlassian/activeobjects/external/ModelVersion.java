package com.atlassian.activeobjects.external;

/**
 * Host-API declaration (activeobjects-plugin): the version of an app's AO model. The bodies only
 * serve the tests (the host's class is used at run time); a missing version counts as 0.
 */
public final class ModelVersion implements Comparable<ModelVersion> {

    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    public static ModelVersion valueOf(String s) {
        return new ModelVersion(s == null || s.isBlank() ? 0 : Integer.parseInt(s.trim()));
    }

    public boolean isOlderThan(ModelVersion other) {
        return compareTo(other) < 0;
    }

    public boolean isNewerThan(ModelVersion other) {
        return compareTo(other) > 0;
    }

    public boolean isSame(ModelVersion other) {
        return compareTo(other) == 0;
    }

    @Override
    public int compareTo(ModelVersion other) {
        return Integer.compare(version, other.version);
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }
}
