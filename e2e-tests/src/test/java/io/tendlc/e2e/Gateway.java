package io.tendlc.e2e;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Calls through the gateway, as any client of the platform would: bearer tokens or an X-API-Key. */
final class Gateway {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    static Reply post(String path, String bearer, String apiKey, String json) throws IOException, InterruptedException {
        return send(request(path, bearer, apiKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static Reply patch(String path, String bearer, String json) throws IOException, InterruptedException {
        return send(request(path, bearer, null).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    static Reply get(String path, String bearer, String apiKey) throws IOException, InterruptedException {
        return send(request(path, bearer, apiKey).GET());
    }

    static Reply delete(String path, String bearer) throws IOException, InterruptedException {
        return send(request(path, bearer, null).DELETE());
    }

    static HttpRequest.Builder request(String path, String bearer, String apiKey) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(RunningPlatform.GATEWAY + path))
                .timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        if (apiKey != null) {
            builder.header("X-API-Key", apiKey);
        }
        return builder;
    }

    static Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers(), parse(response.body()));
    }

    static JsonNode parse(String body) {
        return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
    }

    static void assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.json().toString()).isEqualTo(status);
        assertThat(reply.json().path("type").asString()).startsWith("https://tendlc.io/problems/");
        assertThat(reply.json().path("status").asInt()).isEqualTo(status);
    }

    record Reply(int status, HttpHeaders headers, JsonNode json) {
        String text(String field) {
            return json.path(field).asString();
        }

        String problemType() {
            String type = json.path("type").asString();
            return type.substring(type.lastIndexOf('/') + 1);
        }
    }

    private Gateway() {
    }
}
