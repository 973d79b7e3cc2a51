package io.tendlc.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Starts the platform exactly as a user does — {@code ./platform up --fresh} — once for all end-to-end tests,
 * waits until the gateway can log the demo user in, and stops it with {@code ./platform down} afterwards.
 */
class RunningPlatform implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    static final String GATEWAY = "http://localhost:8080";
    private static Process process;
    private static Path root;
    private static Path data;

    @Override
    public synchronized void beforeAll(ExtensionContext context) throws Exception {
        if (process != null) {
            return;
        }
        root = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();
        data = Path.of(System.getProperty("platform.data", "target/platform-data")).toAbsolutePath();
        Path log = data.resolveSibling("platform-up.log");
        Files.createDirectories(data);
        ProcessBuilder up = new ProcessBuilder("./platform", "up", "--fresh", "--data-dir", data.toString())
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        up.environment().put("DEMO_PASSWORD", "demo-password");
        // the journeys sign up, sign in and fail to sign in ~40 times a minute from one address: room for that, while
        // the gateway's own tests hold the production limits
        up.environment().put("RATE_LIMIT_ACCOUNT_FORMS_BURST", "1200");
        process = up.start();
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(RunningPlatform.class.getName(), this);
        awaitReady(log);
    }

    private static void awaitReady(Path log) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("./platform up exited " + process.exitValue() + ":\n" + Files.readString(log));
            }
            if (Files.readString(log).contains("Dashboard ")) {
                try {
                    HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1/auth/login"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            "{\"email\":\"demo@example.com\",\"password\":\"demo-password\"}")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (login.statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // gateway not listening yet
                }
            }
            TimeUnit.SECONDS.sleep(2);
        }
        throw new IllegalStateException("platform not ready in 8 minutes:\n" + Files.readString(log));
    }

    @Override
    public void close() throws Exception {
        Process down = new ProcessBuilder("./platform", "down", "--data-dir", data.toString())
                .directory(root.toFile()).inheritIO().start();
        down.waitFor(90, TimeUnit.SECONDS);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
