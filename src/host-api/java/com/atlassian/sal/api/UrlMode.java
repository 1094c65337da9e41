package com.atlassian.sal.api;

/** Host-API declaration (sal-api): which form of the base URL to return. */
public enum UrlMode {
    CANONICAL,
    ABSOLUTE,
    RELATIVE,
    RELATIVE_CANONICAL,
    AUTO
}
