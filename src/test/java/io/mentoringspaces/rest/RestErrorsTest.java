package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.atlassian.sal.api.message.I18nResolver;
import io.mentoringspaces.ao.ProgressUpdateEntity;
import io.mentoringspaces.confluence.RestHost;
import io.mentoringspaces.confluence.WebServer;
import io.mentoringspaces.confluence.WebServer.Reply;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.service.Limits;
import io.mentoringspaces.testsupport.SourceFiles;
import io.mentoringspaces.view.UserFormats;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.java.ao.Query;
import net.java.ao.test.jdbc.NonTransactional;
import org.glassfish.jersey.jackson.internal.jackson.jaxrs.base.JsonMappingExceptionMapper;
import org.glassfish.jersey.jackson.internal.jackson.jaxrs.base.JsonParseExceptionMapper;
import org.junit.Test;

/**
 * Every error the REST module can meet, over HTTP through the real Jetty and Jersey host, answered as
 * the app's JSON refusal {@code {"status","message","field"}} (with {@code errorId} on 500), never a
 * container's error page, a class name or a stack trace.
 */
public class RestErrorsTest extends RestTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROGRESS = "/pages/100/goals/g-speak/progress";
    private static final String MALFORMED = "{\"status\":400,\"message\":\"The request body is not valid JSON.\"}";
    private static final String TOO_DEEP = "{\"status\":400,\"message\":\"The request body nests objects and arrays more than 20 "
            + "levels deep.\"}";
    private static final String TOO_LARGE = "{\"status\":413,\"message\":\"The request body is larger than 65,536 bytes.\"}";

    private void givenAGoal() {
        givenGoal("g-speak", "Speak at a meetup", "One talk", LocalDate.of(2026, 6, 30), GoalStatus.IN_PROGRESS);
    }

    private int updates() {
        return ao.count(ProgressUpdateEntity.class, Query.select());
    }

    /** The reply is exactly this JSON refusal, sent as JSON, naming no Java type. */
    private static void assertRefusal(String expected, Reply reply) throws Exception {
        assertTrue(reply.status() + " " + reply.contentType() + " " + reply.body(), reply.contentType().startsWith("application/json"));
        assertEquals(reply.body(), JSON.readTree(expected), reply.json());
        assertEquals(JSON.readTree(expected).get("status").asInt(), reply.status());
        assertFalse(reply.body(), reply.body().matches("(?s).*(java\\.|Exception|LinkedHashMap|\\bat [a-z]+\\.).*"));
    }

    /** Issue 10, finding 4: malformed JSON was answered by the container, naming Java classes. */
    @Test
    @NonTransactional
    public void shouldAnswerMalformedJsonWithAJsonRefusalNamingNoClass() throws Exception {
        givenAGoal();

        assertRefusal(MALFORMED, server.send("POST", PROGRESS, "mia", "{\"percent\": 60,"));
        assertRefusal(MALFORMED, server.send("POST", PROGRESS, "mia", "{percent: 60}"));
        assertRefusal(MALFORMED, server.send("PUT", "/pages/100/checklists/mentee/items/feedback", "mia", "{\"done\": tru}"));
        assertEquals(0, updates());
    }

    @Test
    @NonTransactional
    public void shouldAnswerABodyThatIsNotAnObjectWithAJsonRefusal() throws Exception {
        givenAGoal();
        String notAnObject = "{\"status\":400,\"message\":\"The request body must be a JSON object with the fields this request "
                + "takes.\"}";

        assertRefusal(notAnObject, server.send("POST", PROGRESS, "mia", "[60, \"in-progress\"]"));
        assertRefusal(notAnObject, server.send("POST", PROGRESS, "mia", "\"sixty\""));
        assertEquals(0, updates());
    }

    /** Issue 10, finding 4: JSON nested deeper than 1,000 levels gave a 500 page. */
    @Test
    @NonTransactional
    public void shouldAnswerJsonNestedDeeperThanTheLimitWith400() throws Exception {
        givenAGoal();

        assertRefusal(TOO_DEEP, server.send("POST", PROGRESS, "mia", "[".repeat(1001) + "]".repeat(1001)));
        assertRefusal(TOO_DEEP, server.send("POST", PROGRESS, "mia", "{\"a\":".repeat(1001) + "1" + "}".repeat(1001)));
        assertRefusal(TOO_DEEP, server.send("POST", PROGRESS, "mia",
                "{\"percent\": 60, \"status\": \"in-progress\", \"extra\": " + "[".repeat(20) + "]".repeat(20) + "}"));
        assertEquals(0, updates());
    }

    @Test
    @NonTransactional
    public void shouldTakeJsonNestedAsDeepAsTheLimit() throws Exception {
        givenAGoal();

        Reply reply = server.send("POST", PROGRESS, "mia", "{\"percent\": 60, \"status\": \"in-progress\", \"extra\": "
                + "[".repeat(Limits.BODY_DEPTH - 1) + "\"[{\\\"\"" + "]".repeat(Limits.BODY_DEPTH - 1) + "}");

        assertEquals(reply.body(), 200, reply.status());
        assertEquals(1, updates());
    }

    /**
     * Sends a progress POST with these framing headers and bytes after its head, all in one write, and
     * reads the answer. A refusal before the body is read can be seen this way without racing: the
     * server never has unread bytes when it closes the connection (sent no body), or has them all at
     * once (a chunked body, which it consumes to its end), so the client always gets the answer.
     */
    private Reply post(String framing, byte[] after) throws Exception {
        URI uri = URI.create(server.url(PROGRESS));
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(60_000);
            String head = "POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nContent-Type: application/json\r\n" + WebServer.USER_HEADER + ": mia\r\n" + framing + "\r\n\r\n";
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.write(head.getBytes(StandardCharsets.US_ASCII));
            request.write(after);
            socket.getOutputStream().write(request.toByteArray());
            socket.getOutputStream().flush();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            int status = Integer.parseInt(line(in).split(" ")[1]);
            Map<String, String> headers = new HashMap<>();
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).strip().toLowerCase(Locale.ROOT), header.substring(colon + 1).strip());
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (headers.containsKey("content-length")) {
                body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
            } else {
                for (int size = Integer.parseInt(line(in), 16); size > 0; size = Integer.parseInt(line(in), 16)) {
                    body.write(in.readNBytes(size));
                    line(in);
                }
            }
            return new Reply(status, body.toString(StandardCharsets.UTF_8), headers.getOrDefault("content-type", ""), null, null);
        }
    }

    /** One line of an HTTP head, without its line end. */
    private static String line(InputStream in) throws Exception {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("The server closed the connection in the middle of its answer: " + line);
            }
            line.append((char) c);
        }
        return line.toString().strip();
    }

    /** Issue 10, finding 4: a 30 MB string gave a 500 page. */
    @Test
    @NonTransactional
    public void shouldAnswerA30MegabyteBodyWith413BeforeReadingIt() throws Exception {
        givenAGoal();

        assertRefusal(TOO_LARGE, post("Content-Length: " + 30L * 1024 * 1024, new byte[0]));
        assertEquals(0, updates());
    }

    /** A body sent in chunks declares no length; the gate counts what the parser reads of it. */
    @Test
    @NonTransactional
    public void shouldAnswerABodyWithoutADeclaredLengthWith413OnceItPassesTheLimit() throws Exception {
        givenAGoal();
        byte[] body = ("{\"percent\": 60, \"note\": \"" + "x".repeat(Limits.BODY_BYTES)).substring(0, Limits.BODY_BYTES + 1)
                .getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        chunked.write((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        chunked.write(body);
        chunked.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

        assertRefusal(TOO_LARGE, post("Transfer-Encoding: chunked", chunked.toByteArray()));
        assertEquals(0, updates());
    }

    @Test
    @NonTransactional
    public void shouldTakeABodyOfExactlyTheLimit() throws Exception {
        givenAGoal();
        String json = "{\"percent\": 60, \"status\": \"in-progress\", \"note\": \"Rehearsed\"}";
        String body = json + " ".repeat(Limits.BODY_BYTES - json.length());

        Reply reply = server.send("POST", PROGRESS, "mia", body);

        assertEquals(Limits.BODY_BYTES, body.getBytes(StandardCharsets.UTF_8).length);
        assertEquals(reply.body(), 200, reply.status());
        assertRefusal(TOO_LARGE, post("Content-Length: " + (Limits.BODY_BYTES + 1), new byte[0]));
    }

    @Test
    @NonTransactional
    public void shouldAnswerABodyThatIsNotJsonWith415() throws Exception {
        givenAGoal();

        assertRefusal("{\"status\":415,\"message\":\"Send the request body as JSON, with Content-Type: application/json.\"}",
                server.send("POST", PROGRESS, "mia", "<percent>60</percent>", Map.of("Content-Type", "application/xml")));
        assertRefusal("{\"status\":415,\"message\":\"Send the request body as JSON, with Content-Type: application/json.\"}",
                server.send("POST", PROGRESS, "mia", "percent=60", Map.of("Content-Type", "text/plain", RestHost.TOKEN_HEADER,
                        RestHost.NO_CHECK)));
    }

    @Test
    @NonTransactional
    public void shouldAnswerUnknownPathsWith404AndUnknownMethodsWith405() throws Exception {
        String notFound = "{\"status\":404,\"message\":\"Not found, or you do not have permission to see it.\"}";

        assertRefusal(notFound, server.get("/no/such/thing", "mia"));
        assertRefusal(notFound, server.get("/pages/not-a-number/goals", "mia"));
        Reply method = server.send("DELETE", "/pages/100/goals", "mia", "{}", Map.of("Content-Type", "application/json",
                RestHost.TOKEN_HEADER, RestHost.NO_CHECK));
        assertRefusal("{\"status\":405,\"message\":\"This address does not take this HTTP method.\"}", method);
    }

    @Test
    @NonTransactional
    public void shouldNameTheMemberOfAWrongTypeOrUnknownMemberOfABodyReadIntoAClass() throws Exception {
        List<?> before = programmes.list(true);

        assertRefusal("{\"status\":400,\"message\":\"Name has a value of the wrong type.\",\"field\":\"name\"}",
                server.send("POST", "/programmes", "ada", "{\"key\": \"sales\", \"name\": [\"Sales\"]}"));
        assertRefusal("{\"status\":400,\"message\":\"nmae is not a field this request takes.\",\"field\":\"nmae\"}",
                server.send("POST", "/programmes", "ada", "{\"key\": \"sales\", \"nmae\": \"Sales\"}"));
        assertRefusal("{\"status\":400,\"message\":\"Description holds a character that is not allowed: a control character "
                + "(other than tab or line break) or a character that cannot be stored.\",\"field\":\"description\"}",
                server.send("POST", "/programmes", "ada", "{\"key\": \"sales\", \"name\": \"Sales\", "
                        + "\"description\": \"First\\r\\nSecond\\u0000\"}"));
        assertRefusal(MALFORMED, server.send("PUT", "/programmes/grad/archived", "ada", "{\"archived\": yes}"));
        assertEquals(before, programmes.list(true));
    }

    /**
     * Jackson's JAX-RS providers ship exception mappers of their own (Jersey's JacksonFeature registers
     * them unless told not to) that answer text/plain with the parser's message; a host may register
     * them. The app's mappers are chosen over them.
     */
    @Test
    @NonTransactional
    public void shouldAnswerWithTheAppsRefusalsWhereTheHostAlsoRegistersJacksonsOwnExceptionMappers() throws Exception {
        givenAGoal();
        List<Class<?>> classes = new ArrayList<>(List.of(JsonParseExceptionMapper.class, JsonMappingExceptionMapper.class));
        classes.addAll(RestHost.moduleClasses(SourceFiles.descriptor().document()));
        try (WebServer host = new WebServer(confluence::loginAs, Map.of(), RestHost.application(classes, confluence.app().beans()))) {
            assertRefusal(MALFORMED, host.rest().send("POST", PROGRESS, "mia", "{\"percent\": 60,"));
            assertRefusal("{\"status\":400,\"message\":\"The request body must be a JSON object with the fields this request "
                    + "takes.\"}", host.rest().send("POST", PROGRESS, "mia", "[60]"));
        }
    }

    /** A resource that fails as nothing should. */
    @Path("/failing")
    public static final class FailingResource {

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public Map<String, String> fail() {
            throw new IllegalStateException("secret detail of io.mentoringspaces.internal");
        }
    }

    @Test
    public void shouldAnswerAnUnexpectedErrorWith500AndAnErrorIdThatTheLogHasWithTheStackTrace() throws Exception {
        List<Class<?>> classes = new ArrayList<>(RestHost.moduleClasses(SourceFiles.descriptor().document()).stream()
                .filter(type -> type.isAnnotationPresent(jakarta.ws.rs.ext.Provider.class)).toList());
        classes.add(FailingResource.class);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream err = System.err;
        Reply reply;
        try (WebServer failing = new WebServer(confluence::loginAs, Map.of(), RestHost.application(classes,
                List.of(new RestResponses(confluence.service(I18nResolver.class), confluence.app().bean("userFormats", UserFormats.class)))))) {
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            reply = failing.rest().get("/failing", "mia");
        } finally {
            System.setErr(err);
        }

        assertEquals(500, reply.status());
        String errorId = reply.json().get("errorId").asText();
        assertTrue(errorId, errorId.matches("[0-9a-f]{12}"));
        assertRefusal("{\"status\":500,\"message\":\"Something went wrong on the server. Reload and try again; if it keeps "
                + "happening, give your administrator the error id " + errorId + ".\",\"errorId\":\"" + errorId + "\"}", reply);
        assertFalse(reply.body().contains("secret"));
        String logged = log.toString(StandardCharsets.UTF_8);
        Matcher entry = Pattern.compile("Unexpected error, error id " + errorId + "\\R.*IllegalStateException: secret detail.*\\R"
                + "\\s+at io\\.mentoringspaces\\.rest\\.RestErrorsTest\\$FailingResource\\.fail").matcher(logged);
        assertTrue(logged, entry.find());
    }
}
