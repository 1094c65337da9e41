package io.mentoringspaces.testsupport;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.mentoringspaces.rest.BlueprintResource;
import io.mentoringspaces.rest.ChecklistResource;
import io.mentoringspaces.rest.GoalResource;
import io.mentoringspaces.rest.IndexResource;
import io.mentoringspaces.rest.MeetingResource;
import io.mentoringspaces.rest.ProgrammeResource;
import io.mentoringspaces.testsupport.RestServer.Reply;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Contract tests of the REST host the tests and the sandbox serve the app's resources in: each pins
 * the fact of the host-behaviour reference it reproduces.
 */
public class RestHostTest {

    private static final String CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/120.0.0.0 Safari/537.36";
    private static final ConfluenceFixture CONFLUENCE = new ConfluenceFixture();
    private static RestServer server;

    /** A bean of the app's kind, for injection. */
    public static final class Greeting {

        String text() {
            return "hello";
        }
    }

    /** A DTO with one property of each kind: annotated getter, plain getter, public field, annotated null. */
    public static final class Sample {

        public String field = "public field";

        @JsonProperty
        public String getAnnotated() {
            return "annotated";
        }

        public String getPlain() {
            return "plain getter";
        }

        public boolean isFlag() {
            return true;
        }

        @JsonProperty
        public String getMissing() {
            return null;
        }
    }

    /** A request body with one annotated field and one plain setter. */
    public static final class Input {

        @JsonProperty
        private String annotated;
        private String plain;

        public void setPlain(String plain) {
            this.plain = plain;
        }

        @Override
        public String toString() {
            return annotated + "/" + plain;
        }
    }

    @Path("/probe")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class Probe {

        private final Greeting greeting;

        @Inject
        public Probe(Greeting greeting) {
            this.greeting = greeting;
        }

        @GET
        public Sample sample() {
            return new Sample();
        }

        @GET
        @Path("greeting")
        public Map<String, String> greeting() {
            return Map.of("text", greeting.text());
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

    /** A resource whose constructor takes a bean but is not annotated for injection. */
    @Path("/uninjectable")
    public static final class Uninjectable {

        private final Greeting greeting;

        public Uninjectable(Greeting greeting) {
            this.greeting = greeting;
        }

        @GET
        public String greeting() {
            return greeting.text();
        }
    }

    @BeforeClass
    public static void start() throws Exception {
        server = RestServer.serving(CONFLUENCE, List.of(Probe.class, Uninjectable.class), new Greeting());
    }

    @AfterClass
    public static void stop() {
        server.close();
    }

    @Test
    public void HB3_shouldWriteOnlyAnnotatedPropertiesAndLeaveOutNulls() throws Exception {
        Reply reply = server.get("/probe", null);

        assertEquals(200, reply.status());
        assertEquals("{\"annotated\":\"annotated\"}", reply.body());
    }

    @Test
    public void HB3_shouldReadOnlyAnnotatedProperties() throws Exception {
        assertEquals("a/null", RestHost.json().readValue("{\"annotated\":\"a\"}", Input.class).toString());
        assertThrows(UnrecognizedPropertyException.class,
                () -> RestHost.json().readValue("{\"annotated\":\"a\",\"plain\":\"p\"}", Input.class));
    }

    @Test
    public void HB4_shouldCreateResourcesByClassWithTheBeansInjected() throws Exception {
        assertEquals("{\"text\":\"hello\"}", server.get("/probe/greeting", null).body());
    }

    @Test
    public void HB4_shouldFailToCreateAResourceWithoutAnInjectConstructor() throws Exception {
        assertEquals(500, server.get("/uninjectable", null).status());
    }

    @Test
    public void HB4_shouldServeEveryPathClassOfTheDescriptorsRestPackages() throws Exception {
        assertEquals(List.of(BlueprintResource.class, ChecklistResource.class, GoalResource.class, IndexResource.class,
                MeetingResource.class, ProgrammeResource.class), RestHost.moduleClasses(SourceFiles.descriptor().document()));
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
        return server.send(method, "/probe", null, contentType == null ? null : "x=1", all).status();
    }

    @Test
    public void HB5_shouldAskFormPlainTextAndBodilessChangesForTheNoCheckToken() throws Exception {
        for (String method : List.of("POST", "PUT")) {
            for (String type : new String[] {"application/x-www-form-urlencoded", "multipart/form-data; boundary=b",
                    "text/plain; charset=UTF-8", null}) {
                assertEquals(method + " " + type, 403, status(method, type));
                assertEquals(method + " " + type, 200, status(method, type, RestHost.TOKEN_HEADER, RestHost.NO_CHECK));
            }
        }
        assertEquals(200, status("POST", "text/plain", RestHost.TOKEN_HEADER, "nocheck"));
        assertEquals(403, status("POST", "text/plain", RestHost.TOKEN_HEADER, "yes"));
        assertEquals(RestHost.XSRF_FAILED, server.send("POST", "/probe", null, null, Map.of()).body());
    }

    @Test
    public void HB5_shouldLetJsonChangesThroughWithoutTheToken() throws Exception {
        assertEquals(200, status("POST", "application/json"));
        assertEquals(200, status("PUT", "application/json"));
        assertEquals(200, status("GET", null));
    }

    @Test
    public void HB5_shouldRefuseABrowsersPostFromAnotherOrigin() throws Exception {
        String own = server.origin();
        assertEquals(403, status("POST", "application/json", "User-Agent", CHROME));
        assertEquals(403, status("POST", "application/json", "User-Agent", CHROME, "Origin", "https://evil.example"));
        assertEquals(403, status("POST", "application/json", "User-Agent", CHROME, "Referer", "http://127.0.0.1:1/page"));
        assertEquals(200, status("POST", "application/json", "User-Agent", CHROME, "Origin", own));
        assertEquals(200, status("POST", "application/json", "User-Agent", CHROME, "Referer", own + "/display/MENT?x=1"));
        assertEquals(200, status("PUT", "application/json", "User-Agent", CHROME, "Origin", "https://evil.example"));
        assertEquals(200, status("POST", "application/json", "Origin", "https://evil.example"));
    }
}
