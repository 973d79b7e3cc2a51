package io.tendlc.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Stands in for every service behind the gateway: echoes what reached it (method, path, body and every header,
 * names lower-cased), publishes the test JWKS like auth-service, and plays auth-service's API-key exchange for the
 * keys a test registered.
 */
final class TestBackend {

    /** API key → the identity auth-service would issue a token for; a key removed here is "revoked". */
    static final Map<String, KeyOwner> API_KEYS = new ConcurrentHashMap<>();
    static final AtomicInteger EXCHANGES = new AtomicInteger();

    private static final HttpServer SERVER = start();

    record KeyOwner(String keyId, UUID organization) {
    }

    static String url() {
        return "http://localhost:" + SERVER.getAddress().getPort();
    }

    static String jwksUri() {
        return url() + "/.well-known/jwks.json";
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/", TestBackend::handle);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        int status = 200;
        String reply;
        String type = "text/plain";
        if (path.equals("/.well-known/jwks.json")) {
            reply = TestJwt.jwks();
            type = "application/json";
        } else if (path.equals("/internal/api-keys/exchange")) {
            EXCHANGES.incrementAndGet();
            type = "application/json";
            KeyOwner owner = API_KEYS.entrySet().stream().filter(e -> body.contains("\"" + e.getKey() + "\""))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            if (body.contains("\"slow-")) {
                pause(); // a busy auth-service: requests with this key pile up while it answers
            }
            if (owner == null) {
                status = 401;
                reply = "{\"status\":401}";
            } else {
                reply = "{\"accessToken\":\"" + TestJwt.apiKey(owner.keyId(), owner.organization()).signed()
                        + "\",\"expiresIn\":120}";
            }
        } else {
            reply = "method=" + exchange.getRequestMethod() + "\npath=" + path + "\nbody=" + body + "\n"
                    + exchange.getRequestHeaders().entrySet().stream()
                    .map(h -> h.getKey().toLowerCase(Locale.ROOT) + ": " + String.join(",", h.getValue()))
                    .sorted().collect(Collectors.joining("\n"));
        }
        byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private TestBackend() {
    }
}
