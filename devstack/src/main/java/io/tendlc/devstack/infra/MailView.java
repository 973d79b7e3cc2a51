package io.tendlc.devstack.infra;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.tendlc.embedded.EmbeddedSmtp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * A read-only web view of the mail the embedded SMTP server received, so a developer can open the
 * verification and reset mails the services send: {@code GET /} (a list), {@code GET /messages} (JSON),
 * {@code GET /messages/N} (one mail as text). Bodies are shown decoded (see {@link MailContent}), with their links.
 */
final class MailView implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;

    private MailView(HttpServer server) {
        this.server = server;
    }

    static MailView start(EmbeddedSmtp smtp, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            server.createContext("/", exchange -> handle(exchange, smtp.receivedMail().stream().map(MailContent::of).toList()));
            server.start();
            return new MailView(server);
        } catch (IOException e) {
            throw new UncheckedIOException("mail view did not start on port " + port, e);
        }
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/";
    }

    private static void handle(HttpExchange exchange, List<MailContent> mails) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!exchange.getRequestMethod().equals("GET")) {
                send(exchange, 405, "text/plain", "read-only");
            } else if (path.equals("/")) {
                send(exchange, 200, "text/html", MailPage.list(mails));
            } else if (path.equals("/messages")) {
                send(exchange, 200, "application/json", JSON.writeValueAsString(mails));
            } else if (path.matches("/messages/\\d+") && index(path) < mails.size()) {
                MailContent mail = mails.get(index(path));
                send(exchange, 200, "text/plain", "Subject: " + mail.subject() + "\nTo: " + String.join(", ", mail.to())
                        + "\nFrom: " + mail.from() + "\nDate: " + mail.receivedAt() + "\n\n" + mail.body()
                        + (mail.links().isEmpty() ? "" : "\n\nLinks:\n" + String.join("\n", mail.links())) + "\n");
            } else {
                send(exchange, 404, "text/plain", "not found");
            }
        }
    }

    private static int index(String path) {
        try {
            return Integer.parseInt(path.substring("/messages/".length()));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE; // more digits than any mail count: not found
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
