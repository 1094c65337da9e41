package com.atlassian.plugin.web.baseconditions;

/** Host-API declaration (atlassian-plugins-webfragment-api): the marker of web-fragment conditions. */
public interface BaseCondition {
}
