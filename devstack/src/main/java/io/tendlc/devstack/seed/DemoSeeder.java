package io.tendlc.devstack.seed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Logs the demo user in through the gateway and, once per data directory, creates the demo API key,
 * so the first thing a developer sees is something to paste into a terminal.
 */
public final class DemoSeeder {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Everything an API key may do (auth-service refuses others), so the key works for every curl example. */
    static final List<String> DEMO_KEY_SCOPES = List.of("messages:send", "messages:read", "contacts:read",
            "contacts:write", "campaigns:read", "campaigns:write", "brands:read", "brands:write", "numbers:read",
            "numbers:write", "compliance:read", "analytics:read", "billing:read");
    /** The services create the demo user while they start; give them a moment after "ready". */
    private static final Duration LOGIN_PATIENCE = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String gatewayUrl;

    public DemoSeeder(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    /** The demo API key: the stored one, else a new one created through the API and stored (mode 600). */
    public String apiKey(String email, String password, Path keyFile) throws SeedException {
        try {
            if (Files.exists(keyFile)) {
                return Files.readString(keyFile).trim();
            }
            String accessToken = login(email, password);
            JsonNode created = post("/api/v1/api-keys", Map.of("name", "demo", "scopes", DEMO_KEY_SCOPES),
                    Optional.of(accessToken));
            String key = text(created, "key");
            io.tendlc.devstack.secrets.Secrets.writePrivate(keyFile, key + System.lineSeparator());
            return key;
        } catch (IOException e) {
            throw new SeedException("could not create the demo API key: " + e.getMessage());
        }
    }

    /** POST /api/v1/auth/login, retried for a while: a ready gateway may still be waiting on auth-service's seed. */
    public String login(String email, String password) throws SeedException {
        long deadline = System.nanoTime() + LOGIN_PATIENCE.toNanos();
        SeedException last;
        do {
            try {
                return text(post("/api/v1/auth/login", Map.of("email", email, "password", password), Optional.empty()), "accessToken");
            } catch (SeedException | IOException e) {
                last = e instanceof SeedException seed ? seed : new SeedException("login failed: " + e.getMessage());
            }
            if (!pause()) {
                break;
            }
        } while (System.nanoTime() < deadline);
        throw last;
    }

    private JsonNode post(String path, Object body, Optional<String> bearer) throws IOException, SeedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gatewayUrl + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        bearer.ifPresent(token -> request.header("Authorization", "Bearer " + token));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new SeedException("POST " + path + " answered " + response.statusCode() + " " + abbreviate(response.body()));
            }
            return JSON.readTree(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SeedException("interrupted");
        }
    }

    private static String text(JsonNode node, String field) throws SeedException {
        JsonNode value = node.get(field);
        if (value == null || value.asString().isBlank()) {
            throw new SeedException("the response has no " + field);
        }
        return value.asString();
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static boolean pause() {
        try {
            Thread.sleep(Duration.ofSeconds(2));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A seeding step failed; the platform keeps running and the launcher prints this as a warning. */
    public static final class SeedException extends Exception {
        public SeedException(String message) {
            super(message);
        }
    }
}
