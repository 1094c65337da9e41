package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.fasterxml.jackson.databind.JsonNode;
import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.confluence.RestHost;
import io.mentoringspaces.confluence.WebServer;
import io.mentoringspaces.service.ConflictException;
import io.mentoringspaces.service.ContentionException;
import io.mentoringspaces.service.FieldName;
import io.mentoringspaces.service.InvalidInputException;
import io.mentoringspaces.service.NotFoundException;
import io.mentoringspaces.view.UserFormats;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** Refusals reach the client as JSON with the right status and a translated message, over real HTTP. */
public class RestResponsesTest {

    private static WebServer server;

    /** A resource whose outcomes are chosen by the path. */
    @Path("/probe")
    @Produces(MediaType.APPLICATION_JSON)
    public static class ProbeResource {

        private final RestResponses responses;

        @Inject
        public ProbeResource(RestResponses responses) {
            this.responses = responses;
        }

        @GET
        @Path("{outcome}")
        public Response probe(@PathParam("outcome") String outcome) {
            return switch (outcome) {
                case "login" -> responses.notLoggedIn();
                case "forbidden" -> responses.forbidden();
                case "missing" -> responses.notFound();
                default -> responses.ok(() -> {
                    switch (outcome) {
                        case "invalid" -> throw new InvalidInputException("startDate", "mentoring.error.date.range",
                                new FieldName("startDate"), "2000-01-01", "2099-12-31");
                        case "unknown" -> throw new NotFoundException("key", "mentoring.error.programme.unknown");
                        case "conflict" -> throw new ConflictException("key", "mentoring.error.programme.exists", "grad");
                        case "contended" -> throw new ContentionException(new SQLException("deadlock detected", "40P01"));
                        default -> {
                            return Map.of("outcome", outcome);
                        }
                    }
                });
            };
        }
    }

    @BeforeClass
    public static void start() throws Exception {
        ConfluenceDouble confluence = new ConfluenceDouble(Clock.systemUTC());
        server = new WebServer(confluence::loginAs, Map.of(), RestHost.application(List.of(ProbeResource.class),
                List.of(new RestResponses(confluence.service(I18nResolver.class), new UserFormats(confluence.service(LocaleResolver.class), Clock.systemUTC())))));
    }

    @AfterClass
    public static void stop() {
        server.close();
    }

    private static JsonNode expect(String outcome, int status) throws Exception {
        WebServer.Reply reply = server.rest().get("/probe/" + outcome, null);
        assertEquals(reply.body(), status, reply.status());
        assertTrue(reply.contentType(), reply.contentType().startsWith("application/json"));
        JsonNode json = reply.json();
        if (status >= 400) {
            assertEquals(status, json.get("status").asInt());
        }
        return json;
    }

    @Test
    public void shouldReturnTheValueAsJson() throws Exception {
        assertEquals("fine", expect("fine", 200).get("outcome").asText());
    }

    @Test
    public void shouldTranslateInvalidInputWithItsFieldLabel() throws Exception {
        JsonNode json = expect("invalid", 400);
        assertEquals("Start date must be between 2000-01-01 and 2099-12-31.", json.get("message").asText());
        assertEquals("startDate", json.get("field").asText());
    }

    @Test
    public void shouldMapUnknownThingsTo404AndDuplicatesTo409() throws Exception {
        assertEquals("There is no such programme.", expect("unknown", 404).get("message").asText());
        assertEquals("A programme with the key grad already exists.", expect("conflict", 409).get("message").asText());
    }

    @Test
    public void shouldAnswerAChangeRefusedForContentionWith409AskingToTryAgain() throws Exception {
        JsonNode json = expect("contended", 409);
        assertEquals("Somebody else changed this at the same moment. Nothing was saved: please try again.",
                json.get("message").asText());
        assertFalse(json.toString(), json.toString().contains("deadlock"));
    }

    @Test
    public void shouldRefuseWithoutNamingAnything() throws Exception {
        assertEquals("You need to log in to do this.", expect("login", 401).get("message").asText());
        assertEquals("You do not have permission to do this.", expect("forbidden", 403).get("message").asText());
        JsonNode missing = expect("missing", 404);
        assertEquals("Not found, or you do not have permission to see it.", missing.get("message").asText());
        assertFalse(missing.has("field"));
    }
}
