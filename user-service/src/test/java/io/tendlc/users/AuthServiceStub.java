package io.tendlc.users;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny real HTTP server playing auth-service's {@code POST /internal/accounts} as the contract describes it:
 * the existing account of an address ({@code created: false}), or a new one when a password is given, else 400
 * {@code password-required}. It can fail (503) or stall on demand. user-service is what is under test here, so
 * auth-service itself is not started.
 */
public final class AuthServiceStub {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static AuthServiceStub shared;

    private final HttpServer server;
    private final Map<String, UUID> accounts = new ConcurrentHashMap<>();
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile Duration delay = Duration.ZERO;

    private AuthServiceStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/internal/accounts", this::accounts);
        server.start();
    }

    /** The stub the Spring context under test talks to (one per JVM). */
    public static synchronized AuthServiceStub shared() {
        if (shared == null) {
            shared = new AuthServiceStub();
        }
        return shared;
    }

    /** A stub of one's own, for tests that break it. */
    public static AuthServiceStub start() {
        return new AuthServiceStub();
    }

    public void stop() {
        server.stop(0);
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** auth-service knows an account for this address (as if signed up earlier); its user id. */
    public UUID existingAccount(String email, UUID userId) {
        accounts.put(email.toLowerCase(Locale.ROOT), userId);
        return userId;
    }

    /** The next {@code times} calls answer 503. */
    public void failNext(int times) {
        failures.set(times);
    }

    /** Every answer waits this long first. */
    public void delay(Duration delay) {
        this.delay = delay;
    }

    /** The bodies received, oldest first. */
    public List<JsonNode> requests() {
        return List.copyOf(requests);
    }

    public JsonNode lastRequestFor(String email) {
        return requests.reversed().stream().filter(r -> r.path("email").asString().equalsIgnoreCase(email))
                .findFirst().orElseThrow();
    }

    private void accounts(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!delay.isZero()) {
                Thread.sleep(delay);
            }
            if (!exchange.getRequestMethod().equals("POST")) {
                respond(exchange, 405, "application/problem+json", problem(405, "http-405", "Method not allowed"));
                return;
            }
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            requests.add(body);
            if (failures.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
                respond(exchange, 503, "application/problem+json", problem(503, "internal", "Unavailable"));
                return;
            }
            String email = body.path("email").asString().toLowerCase(Locale.ROOT);
            UUID existing = accounts.get(email);
            if (existing != null) {
                respond(exchange, 200, "application/json", Map.of("userId", existing, "created", false));
                return;
            }
            String password = body.path("password").isString() ? body.path("password").asString() : "";
            if (password.isBlank()) {
                respond(exchange, 400, "application/problem+json", problem(400, "password-required", "Password required"));
                return;
            }
            UUID created = accounts.computeIfAbsent(email, e -> UUID.randomUUID());
            respond(exchange, 200, "application/json", Map.of("userId", created, "created", true));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, Object> problem(int status, String type, String title) {
        return Map.of("type", "https://tendlc.io/problems/" + type, "title", title, "status", status,
                "detail", title + " (auth-service stub)");
    }

    private static void respond(HttpExchange exchange, int status, String contentType, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** Points user-service's {@code users.auth-service-url} at the shared stub. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Wiring {
        @Bean
        DynamicPropertyRegistrar authServiceStubUrl() {
            return registry -> registry.add("users.auth-service-url", () -> shared().url());
        }
    }
}
