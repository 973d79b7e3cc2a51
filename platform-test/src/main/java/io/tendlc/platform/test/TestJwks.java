package io.tendlc.platform.test;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Publishes {@link TestTokens}' key as a JWKS document over HTTP, once per JVM, so services under test validate
 * tokens exactly as in production: Spring Boot's own decoder fetching keys by {@code kid} from a JWKS URI.
 */
public final class TestJwks {

    private static volatile String url;

    public static synchronized String url() {
        if (url == null) {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                byte[] body = TestTokens.jwks().getBytes(StandardCharsets.UTF_8);
                server.createContext("/.well-known/jwks.json", exchange -> {
                    try (exchange) {
                        exchange.getResponseHeaders().set("Content-Type", "application/json");
                        exchange.sendResponseHeaders(200, body.length);
                        exchange.getResponseBody().write(body);
                    }
                });
                server.start();
                url = "http://localhost:" + server.getAddress().getPort() + "/.well-known/jwks.json";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return url;
    }

    private TestJwks() {
    }
}
