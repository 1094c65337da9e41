package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Host-API declaration (atlassian-rest-v2-api, Confluence 9+; not in the 8.7.2 reference): a REST v2
 * resource that anonymous users may call when the site allows anonymous access. Sources: the name,
 * package and meaning from Atlassian's "Prepare your Data Center app to comply with secure endpoint
 * defaults" (developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints);
 * class and method use on jakarta.ws.rs resources in clouless/confluence10-demo-app
 * (src/main/java/io/codeclou/ctendemo/rest/HealthEndpoint.java) and deftdevs/bootstrapi. Retention
 * RUNTIME because the host reads it reflectively, like REST v1's security annotations.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AnonymousSiteAccess {
}
