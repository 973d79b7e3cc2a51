package io.tendlc.devstack.seed;

import io.tendlc.devstack.seed.DemoSeeder.SeedException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON over HTTP to the gateway's public API, as the dashboard calls it. */
final class GatewayClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String baseUrl;

    GatewayClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Status and parsed body (a null node when there is none) of an answer, whatever its status. */
    record Reply(String request, int status, JsonNode body) {

        boolean ok() {
            return status / 100 == 2;
        }

        /** The body, or a seeding failure that quotes the problem the API answered with. */
        JsonNode require() throws SeedException {
            if (!ok()) {
                throw new SeedException(request + " answered " + status + problem());
            }
            return body;
        }

        private String problem() {
            String detail = body.path("detail").asString("");
            String type = body.path("type").asString("");
            String text = (type.isEmpty() ? "" : " " + type.substring(type.lastIndexOf('/') + 1))
                    + (detail.isEmpty() ? "" : ": " + detail);
            return text.length() > 300 ? text.substring(0, 300) + "…" : text;
        }
    }

    /** GET, retried once: {@code java.net.http} sometimes fails a reused connection before sending anything. */
    Reply get(String path, String bearer) throws SeedException {
        HttpRequest request = request(path, bearer).GET().build();
        try {
            return send("GET " + path, request);
        } catch (IOException first) {
            try {
                return send("GET " + path, request);
            } catch (IOException e) {
                throw new SeedException("GET " + path + " failed: " + e.getMessage());
            }
        }
    }

    Reply post(String path, Object body, String bearer) throws SeedException {
        return write("POST", path, body, bearer);
    }

    Reply put(String path, Object body, String bearer) throws SeedException {
        return write("PUT", path, body, bearer);
    }

    private Reply write(String method, String path, Object body, String bearer) throws SeedException {
        HttpRequest request = request(path, bearer).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        try {
            return send(method + " " + path, request);
        } catch (IOException e) {
            throw new SeedException(method + " " + path + " failed: " + e.getMessage());
        }
    }

    private HttpRequest.Builder request(String path, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return request;
    }

    private Reply send(String what, HttpRequest request) throws IOException, SeedException {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(what, response.statusCode(), parse(response.body()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SeedException("interrupted");
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            return JSON.nullNode(); // an HTML error page from a proxy, say: the status tells enough
        }
    }
}
