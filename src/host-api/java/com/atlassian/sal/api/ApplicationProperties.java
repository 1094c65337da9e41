package com.atlassian.sal.api;

/** Host-API declaration (sal-api): facts about the running application. */
public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);
}
