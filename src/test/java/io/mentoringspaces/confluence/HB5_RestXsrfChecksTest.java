package io.mentoringspaces.confluence;

import static org.junit.Assert.assertEquals;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * HB-5: REST's XSRF checks on mutative requests. A form-urlencoded, multipart, plain-text or body-less
 * request needs {@code X-Atlassian-Token: no-check}, a JSON one does not; a browser's POST must come
 * from the same origin by its {@code Origin} or {@code Referer}. A failed check is answered 403.
 */
public class HB5_RestXsrfChecksTest {

    private static final String CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/120.0.0.0 Safari/537.36";
    private static WebServer server;

    @Path("/probe")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class Probe {

        @Inject
        public Probe() {
        }

        @GET
        public Map<String, String> get() {
            return Map.of("done", "get");
        }

        @POST
        @Consumes(MediaType.WILDCARD)
        public Map<String, String> post() {
            return Map.of("done", "post");
        }

        @PUT
        @Consumes(MediaType.WILDCARD)
        public Map<String, String> put() {
            return Map.of("done", "put");
        }
    }

    @BeforeClass
    public static void start() throws Exception {
        ConfluenceDouble confluence = new ConfluenceDouble(Clock.systemUTC());
        server = new WebServer(confluence::loginAs, Map.of(), RestHost.application(List.of(Probe.class), List.of()));
    }

    @AfterClass
    public static void stop() {
        server.close();
    }

    /** Status of a request to the probe with the given method, content type (or none) and headers. */
    private static int status(String method, String contentType, String... headers) throws Exception {
        Map<String, String> all = new LinkedHashMap<>();
        if (contentType != null) {
            all.put("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            all.put(headers[i], headers[i + 1]);
        }
        return server.rest().send(method, "/probe", null, contentType == null ? null : "x=1", all).status();
    }

    @Test
    public void shouldAskFormPlainTextAndBodilessChangesForTheNoCheckToken() throws Exception {
        for (String method : List.of("POST", "PUT")) {
            for (String type : new String[] {"application/x-www-form-urlencoded", "multipart/form-data; boundary=b",
                    "text/plain; charset=UTF-8", null}) {
                assertEquals(method + " " + type, 403, status(method, type));
                assertEquals(method + " " + type, 200, status(method, type, RestHost.TOKEN_HEADER, RestHost.NO_CHECK));
            }
        }
        assertEquals(200, status("POST", "text/plain", RestHost.TOKEN_HEADER, "nocheck"));
        assertEquals(403, status("POST", "text/plain", RestHost.TOKEN_HEADER, "yes"));
        assertEquals(RestHost.XSRF_FAILED, server.rest().send("POST", "/probe", null, null, Map.of()).body());
    }

    @Test
    public void shouldLetJsonChangesThroughWithoutTheToken() throws Exception {
        assertEquals(200, status("POST", "application/json"));
        assertEquals(200, status("PUT", "application/json"));
        assertEquals(200, status("GET", null));
    }

    @Test
    public void shouldRefuseABrowsersPostFromAnotherOrigin() throws Exception {
        String own = server.origin();
        assertEquals(403, status("POST", "application/json", "User-Agent", CHROME));
        assertEquals(403, status("POST", "application/json", "User-Agent", CHROME, "Origin", "https://evil.example"));
        assertEquals(403, status("POST", "application/json", "User-Agent", CHROME, "Referer", "http://127.0.0.1:1/page"));
        assertEquals(200, status("POST", "application/json", "User-Agent", CHROME, "Origin", own));
        assertEquals(200, status("POST", "application/json", "User-Agent", CHROME, "Referer", own + "/confluence/display/MENT?x=1"));
        assertEquals(200, status("PUT", "application/json", "User-Agent", CHROME, "Origin", "https://evil.example"));
        assertEquals(200, status("POST", "application/json", "Origin", "https://evil.example"));
    }
}
