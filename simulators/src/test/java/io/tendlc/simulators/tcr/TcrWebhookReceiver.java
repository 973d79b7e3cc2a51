package io.tendlc.simulators.tcr;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.function.ToIntFunction;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for the platform's TCR webhook endpoints: records every POST with its signature header and raw
 * body, in arrival order. Verifies signatures on its own (not with the simulator's code), as a receiver would.
 */
final class TcrWebhookReceiver implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Received(String path, String signature, String body, JsonNode json) {

        String get(String field) {
            JsonNode value = json.get(field);
            return value == null || value.isNull() ? null : value.asString();
        }

        String eventType() {
            return get("eventType");
        }

        /** The receivers' rule: v1 = hex(HMAC-SHA256(secret, t + "." + body)) and t within 300 s of now. */
        boolean signedWith(String secret) {
            if (signature == null) {
                return false;
            }
            String t = null;
            String v1 = null;
            for (String part : signature.split(",")) {
                if (part.startsWith("t=")) {
                    t = part.substring(2);
                } else if (part.startsWith("v1=")) {
                    v1 = part.substring(3);
                }
            }
            if (t == null || v1 == null) {
                return false;
            }
            long skew = Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(t));
            return skew <= 300 && java.security.MessageDigest.isEqual(
                    hmacHex(secret, t + "." + body).getBytes(StandardCharsets.US_ASCII),
                    v1.getBytes(StandardCharsets.US_ASCII));
        }
    }

    private final HttpServer server;
    private final Queue<Received> received = new ConcurrentLinkedQueue<>();
    private volatile ToIntFunction<Received> answer = request -> 200;

    TcrWebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://localhost:" + server.getAddress().getPort() + path;
    }

    /** The HTTP status to answer each delivery with (recorded either way). */
    void answerWith(ToIntFunction<Received> status) {
        this.answer = status;
    }

    List<Received> all() {
        return List.copyOf(received);
    }

    List<Received> forBrand(String brandId) {
        return received.stream().filter(r -> brandId.equals(r.get("brandId"))).toList();
    }

    List<Received> forCampaign(String campaignId) {
        return received.stream().filter(r -> campaignId.equals(r.get("campaignId"))).toList();
    }

    List<Received> forBrand(String brandId, String eventType) {
        return forBrand(brandId).stream().filter(r -> eventType.equals(r.eventType())).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            String raw = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            Received delivery = new Received(exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("X-Tcr-Signature"), raw, JSON.readTree(raw));
            received.add(delivery);
            exchange.sendResponseHeaders(answer.applyAsInt(delivery), -1);
        }
    }

    static String hmacHex(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
