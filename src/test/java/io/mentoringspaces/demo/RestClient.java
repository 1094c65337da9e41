package io.mentoringspaces.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.BiConsumer;

/**
 * JSON over HTTP to a Confluence's REST APIs (the app's, Confluence's own), below its base URL, each
 * request made as the user it names: {@code signIn} makes a request that user's (a header the test
 * Confluence reads, or a real Confluence's basic authentication). A reply that is not a success fails.
 */
public final class RestClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newHttpClient();
    private final String baseUrl;
    private final BiConsumer<HttpRequest.Builder, String> signIn;

    public RestClient(String baseUrl, BiConsumer<HttpRequest.Builder, String> signIn) {
        this.baseUrl = baseUrl;
        this.signIn = signIn;
    }

    /** A reply: status and body, parsed as JSON when there is one. */
    public record Reply(int status, JsonNode json) {

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    public JsonNode get(String path, String user) throws IOException, InterruptedException {
        return ok("GET", path, request("GET", path, user, null));
    }

    /** A change with a JSON body ({@code body} as Jackson writes it; null: none), made as {@code user}. */
    public JsonNode send(String method, String path, String user, Object body) throws IOException, InterruptedException {
        return ok(method, path, request(method, path, user, body));
    }

    /**
     * A request whatever its answer, sent as the app's scripts send theirs: JSON, with
     * {@code X-Atlassian-Token: no-check}.
     */
    public Reply request(String method, String path, String user, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json")
                .header("X-Atlassian-Token", "no-check");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            request.header("Content-Type", "application/json");
        }
        signIn.accept(request, user);
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        return new Reply(response.statusCode(), text == null || text.isBlank() ? null : parse(text));
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(text);
        }
    }

    private static JsonNode ok(String method, String path, Reply reply) {
        if (!reply.ok()) {
            throw new IllegalStateException(method + " " + path + " answered " + reply.status() + ": " + reply.json());
        }
        return reply.json();
    }
}
