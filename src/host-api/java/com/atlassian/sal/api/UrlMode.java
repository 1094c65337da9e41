package com.atlassian.sal.api;

/** Host-API declaration (sal-api): how a base URL is given. */
public enum UrlMode {
    CANONICAL,
    ABSOLUTE,
    RELATIVE,
    RELATIVE_CANONICAL,
    AUTO
}
