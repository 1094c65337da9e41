package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Host-API declaration (atlassian-annotations 5.x, Confluence 9+; not in the 8.7.2 reference, whose
 * atlassian-annotations 4.0.1 has only {@code XsrfProtectionExcluded} in this package): a servlet or
 * servlet filter that the host lets every request reach, so that the endpoint decides itself.
 * Sources: the name and meaning from Atlassian's "Prepare your Data Center app to comply with secure
 * endpoint defaults" (developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints:
 * "UnrestrictedAccess permits complete unrestricted access", extended to servlet and servlet filter
 * endpoints); the package and class-level use on a jakarta {@code HttpServlet} in
 * mrkhachaturov/confluence-mcp-plugin (src/main/java/com/atlassian/mcp/plugin/rest/OAuthServlet.java,
 * built against Confluence 10.2.7 with atlassian-annotations 5.1.1); Bamboo 10's javadoc of
 * {@code BambooSecureServletAccessFilter} ("annotations from com.atlassian.annotations.security") and
 * its test servlets {@code ServletWithUnrestrictedAccess} and {@code ServletWithMethodSysadminOnly}
 * (type and method use). Retention RUNTIME because the host reads it reflectively, like
 * {@code XsrfProtectionExcluded} of the same package in 4.0.1.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UnrestrictedAccess {
}
