package io.tendlc.simulators.twilio;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.twilio.security.RequestValidator;

/** A stand-in for the platform's webhook endpoints: records every form POST it gets. */
final class WebhookReceiver implements AutoCloseable {

    record Received(String url, Map<String, String> form, String signature) {

        boolean signedWith(String authToken) {
            return new RequestValidator(authToken).validate(url, form, signature);
        }

        String get(String name) {
            return form.get(name);
        }
    }

    private final HttpServer server;
    private final Queue<Received> received = new ConcurrentLinkedQueue<>();
    private volatile ToIntFunction<String> answer = path -> 200;

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String pathAndQuery) {
        return "http://localhost:" + server.getAddress().getPort() + pathAndQuery;
    }

    /** The HTTP status to answer, by request path (e.g. 503 twice on one path, then 200). */
    void answerWith(ToIntFunction<String> status) {
        this.answer = status;
    }

    List<Received> forMessage(String sid) {
        return received.stream().filter(r -> sid.equals(r.get("MessageSid"))).toList();
    }

    List<String> statusesOf(String sid) {
        return forMessage(sid).stream().map(r -> r.get("MessageStatus")).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            String form = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(url(exchange.getRequestURI().toString()), parse(form),
                    exchange.getRequestHeaders().getFirst("X-Twilio-Signature")));
            exchange.sendResponseHeaders(answer.applyAsInt(exchange.getRequestURI().getPath()), -1);
        }
    }

    private static Map<String, String> parse(String form) {
        return Arrays.stream(form.split("&"))
                .filter(pair -> !pair.isEmpty())
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> decode(pair[0]), pair -> pair.length > 1 ? decode(pair[1]) : "",
                        (first, second) -> second, LinkedHashMap::new));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
