package io.tendlc.devstack.apps;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A stand-in service for the launcher's tests, run from a jar in its own JVM. Behaves by its jar's name:
 * "crash" exits at once, "hang" never gets ready, anything else answers health, login and API-key calls
 * like the real gateway. JDK only, and no nested classes, so the test can jar this one class file.
 */
public final class FakeApp {

    private FakeApp() {
    }

    public static void main(String[] args) throws Exception {
        String jar = System.getProperty("java.class.path");
        int port = Integer.parseInt(System.getenv("SERVER_PORT"));
        System.out.println("env SERVER_PORT=" + port + " DB_URL=" + System.getenv("DB_URL"));
        if (jar.contains("crash")) {
            System.out.println("crashing on purpose");
            System.exit(3);
        }
        boolean ready = !jar.contains("hang");
        Thread.sleep(300); // a little start-up time, like a real app
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/actuator/health", exchange -> reply(exchange, ready ? 200 : 503, "{\"status\":\"" + (ready ? "UP" : "DOWN") + "\"}"));
        server.createContext("/api/v1/auth/login", exchange -> reply(exchange, 200, "{\"accessToken\":\"fake-token\"}"));
        server.createContext("/api/v1/api-keys", exchange -> reply(exchange,
                "Bearer fake-token".equals(exchange.getRequestHeaders().getFirst("Authorization")) ? 201 : 401,
                "{\"id\":\"k1\",\"key\":\"tdl_fake_key\",\"prefix\":\"tdl_fake\"}"));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop(0);
            System.out.println("stopped gracefully");
        }));
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
