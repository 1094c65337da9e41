package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Host-API declaration (atlassian-rest-v2-api, Confluence 9+; not in the 8.7.2 reference): a REST v2
 * resource for licensed, logged-in users (also the default of unannotated resources). Sources: as for
 * {@link AnonymousSiteAccess}; imported by jakarta.ws.rs resources in clouless/confluence10-demo-app
 * (src/main/java/io/codeclou/ctendemo/rest/IniEndpoint.java).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface LicensedOnly {
}
