package io.tendlc.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The few calls a simulation makes outside the measured load (log in, create an API key, read the analytics
 * summary), with the JDK's HTTP client so that they never appear in Gatling's statistics.
 */
final class PlatformApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    PlatformApi(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The access token of a password login. */
    String login(String email, String password) {
        JsonNode body = call("POST", "/api/v1/auth/login", null,
                JSON.createObjectNode().put("email", email).put("password", password), 200);
        return body.path("accessToken").asText();
    }

    /** A new API key (its secret, shown only in this answer). */
    String createApiKey(String accessToken, String name) {
        var request = JSON.createObjectNode().put("name", name);
        request.putArray("scopes").add("messages:send").add("messages:read");
        JsonNode body = call("POST", "/api/v1/api-keys", accessToken, request, 201);
        String key = body.path("key").asText();
        if (key.isBlank()) {
            throw new IllegalStateException("POST /api/v1/api-keys answered without a key: " + body);
        }
        return key;
    }

    /** The organization's message counts by status, plus "total". */
    Map<String, Long> summary(String accessToken) {
        JsonNode body = call("GET", "/api/v1/analytics/summary", accessToken, null, 200);
        Map<String, Long> counts = new LinkedHashMap<>();
        body.path("byStatus").properties().forEach(e -> counts.put(e.getKey(), e.getValue().asLong()));
        counts.put("total", body.path("total").asLong());
        return counts;
    }

    private JsonNode call(String method, String path, String bearer, JsonNode json, int expectedStatus) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.toString()));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException(method + " " + baseUrl + path + " answered " + response.statusCode()
                        + " (expected " + expectedStatus + "): " + response.body());
            }
            return response.body() == null || response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + baseUrl + path + " failed: " + e
                    + " (is the platform running? ./platform up)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
