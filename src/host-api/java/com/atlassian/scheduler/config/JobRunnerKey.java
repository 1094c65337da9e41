package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

/** Host-API declaration (atlassian-scheduler-api 4.1.0): names a job runner. The bodies only serve the tests. */
public final class JobRunnerKey implements Serializable, Comparable<JobRunnerKey> {

    private static final long serialVersionUID = 1L;

    private final String key;

    private JobRunnerKey(String key) {
        this.key = Objects.requireNonNull(key);
    }

    public static JobRunnerKey of(String key) {
        return new JobRunnerKey(key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobRunnerKey other && key.equals(other.key);
    }

    @Override
    public int compareTo(JobRunnerKey other) {
        return key.compareTo(other.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
