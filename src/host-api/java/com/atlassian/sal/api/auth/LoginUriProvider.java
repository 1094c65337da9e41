package com.atlassian.sal.api.auth;

import java.net.URI;

/** Host-API declaration (sal-api): where to send an anonymous user to log in. */
public interface LoginUriProvider {

    URI getLoginUri(URI returnUri);
}
