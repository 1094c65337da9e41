package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.mentoringspaces.testsupport.RestEndpoints;
import java.lang.reflect.AnnotatedElement;
import java.util.Map;
import java.util.TreeMap;
import org.junit.Test;

/**
 * Every endpoint says whom REST v2 lets through before it runs (its own annotation, else its class's):
 * {@code @AnonymousSiteAccess} on the reads of a page's or a space's macros, which anonymous users may
 * make where the site and the space allow them, {@code @LicensedOnly} on everything else. Both let no
 * logged-in user through who may not use Confluence; the app refuses such users itself too.
 */
public class RestAccessAnnotationsTest {

    private static String access(AnnotatedElement element) {
        if (element.isAnnotationPresent(AnonymousSiteAccess.class)) {
            return "anonymous site access";
        }
        return element.isAnnotationPresent(LicensedOnly.class) ? "licensed only" : null;
    }

    @Test
    public void shouldDeclareOnEveryEndpointWhomTheHostLetsThrough() throws Exception {
        Map<String, String> declared = new TreeMap<>();
        Map<String, String> expected = new TreeMap<>();
        for (RestEndpoints.Endpoint endpoint : RestEndpoints.all()) {
            String own = access(endpoint.method());
            declared.put(endpoint.name(), own != null ? own : String.valueOf(access(endpoint.method().getDeclaringClass())));
            expected.put(endpoint.name(), "licensed only");
        }
        for (String read : new String[] {"GET /pages/{pageId}/action-items", "GET /pages/{pageId}/checklists/{checklistId}",
                "GET /pages/{pageId}/goals", "GET /pages/{pageId}/goals/{goalKey}", "GET /spaces/{spaceKey}/meetings",
                "GET /pages/{pageId}/meeting", "GET /pages/{pageId}/meeting/goals", "GET /spaces/{spaceKey}/arrangement",
                "GET /pages/{pageId}/feedback"}) {
            expected.put(read, "anonymous site access");
        }

        assertEquals(expected, declared);
    }
}
