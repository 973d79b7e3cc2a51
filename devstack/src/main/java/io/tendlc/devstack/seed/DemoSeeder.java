package io.tendlc.devstack.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Logs the demo user in through the gateway and, once per data directory, creates the demo API key,
 * so the first thing a developer sees is something to paste into a terminal.
 */
public final class DemoSeeder {

    /** Everything an API key may do (auth-service refuses others), so the key works for every curl example. */
    static final List<String> DEMO_KEY_SCOPES = List.of("messages:send", "messages:read", "contacts:read",
            "contacts:write", "campaigns:read", "campaigns:write", "brands:read", "brands:write", "numbers:read",
            "numbers:write", "compliance:read", "analytics:read", "billing:read");
    /** The services create the demo user while they start; give them a moment after "ready". */
    private static final Duration LOGIN_PATIENCE = Duration.ofSeconds(30);

    private final GatewayClient gateway;

    public DemoSeeder(String gatewayUrl) {
        this.gateway = new GatewayClient(gatewayUrl);
    }

    /** The demo API key: the stored one, else a new one created through the API and stored (mode 600). */
    public String apiKey(String accessToken, Path keyFile) throws SeedException {
        try {
            if (Files.exists(keyFile)) {
                return Files.readString(keyFile).trim();
            }
            JsonNode created = gateway.post("/api/v1/api-keys", Map.of("name", "demo", "scopes", DEMO_KEY_SCOPES),
                    accessToken).require();
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
                return text(gateway.post("/api/v1/auth/login", Map.of("email", email, "password", password), null)
                        .require(), "accessToken");
            } catch (SeedException e) {
                last = e;
            }
            if (!pause()) {
                break;
            }
        } while (System.nanoTime() < deadline);
        throw last;
    }

    private static String text(JsonNode node, String field) throws SeedException {
        JsonNode value = node.get(field);
        if (value == null || value.asString().isBlank()) {
            throw new SeedException("the response has no " + field);
        }
        return value.asString();
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
