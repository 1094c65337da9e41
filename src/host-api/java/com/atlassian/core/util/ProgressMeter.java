package com.atlassian.core.util;

/**
 * Host-API declaration (atlassian-core): the progress of a long task, as a space removal reports it.
 * Not in the checker's reference; the real class is decompiled atlassian-core 8.0.1,
 * com.atlassian.core_atlassian-core-8.0.1/com/atlassian/core/util/ProgressMeter.java
 * (GitHub ngannk-fptu/Decompiled-Files): a class with an implicit public no-argument constructor.
 */
public class ProgressMeter {
}
