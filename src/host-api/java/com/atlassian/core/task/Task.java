package com.atlassian.core.task;

import java.io.Serializable;

/**
 * Host-API declaration (atlassian-core 8.0.1; not in the host-API reference, read from the decompiled
 * jar in ngannk-fptu/Decompiled-Files, {@code com.atlassian.core_atlassian-core-8.0.1/com/atlassian/core/task/Task.java}):
 * a unit of work a task queue runs when it is flushed.
 */
public interface Task extends Serializable {

    void execute() throws Exception;
}
