package com.atlassian.sal.api;

/** Host-API declaration (sal-api): facts about the running application, such as its base URL. */
public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);
}
