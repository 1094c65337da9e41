package io.mentoringspaces.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * HB-3: the REST module writes JSON as REST v1 does, without auto-detecting getters, is-getters or
 * fields and leaving out null properties, and reads it without auto-detecting setters or fields: only
 * annotated properties exist.
 */
public class HB3_RestJsonAnnotatedPropertiesOnlyTest {

    private static WebServer server;

    /** A DTO with one property of each kind: annotated getter, plain getter, is-getter, public field, annotated null. */
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

    @Path("/sample")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class SampleResource {

        @Inject
        public SampleResource() {
        }

        @GET
        public Sample sample() {
            return new Sample();
        }
    }

    @BeforeClass
    public static void start() throws Exception {
        ConfluenceDouble confluence = new ConfluenceDouble(Clock.systemUTC());
        server = new WebServer(confluence::loginAs, Map.of(), RestHost.application(List.of(SampleResource.class), List.of()));
    }

    @AfterClass
    public static void stop() {
        server.close();
    }

    @Test
    public void shouldWriteOnlyAnnotatedPropertiesAndLeaveOutNulls() throws Exception {
        WebServer.Reply reply = server.rest().get("/sample", null);

        assertEquals(200, reply.status());
        assertEquals("{\"annotated\":\"annotated\"}", reply.body());
    }

    @Test
    public void shouldReadOnlyAnnotatedProperties() throws Exception {
        assertEquals("a/null", RestHost.json().readValue("{\"annotated\":\"a\"}", Input.class).toString());
        assertThrows(UnrecognizedPropertyException.class,
                () -> RestHost.json().readValue("{\"annotated\":\"a\",\"plain\":\"p\"}", Input.class));
    }
}
