package io.tendlc.platform.test;

import io.tendlc.embedded.Ports;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.security.SecureRandom;

/**
 * The simulators' executable jar (Twilio and TCR), run as its own process (as in the dev stack), once per test JVM.
 * Tests point twilio-java at {@link #baseUrl()} with the generated credentials, and the TCR client at
 * {@link #tcrBaseUrl()} with {@link #TCR_API_KEY}/{@link #TCR_API_SECRET}; TCR webhooks are signed with
 * {@link #TCR_WEBHOOK_SECRET} and arrive after short simulated delays.
 */
public final class TwilioSimulator {

    public static final String TCR_API_KEY = "tcr-test-key";
    public static final String TCR_API_SECRET = "tcr-test-secret";
    public static final String TCR_WEBHOOK_SECRET = "tcr-test-webhook-secret";

    private static TwilioSimulator shared;

    private final Process process;
    private final int port;
    private final String accountSid;
    private final String authToken;

    private TwilioSimulator(Process process, int port, String accountSid, String authToken) {
        this.process = process;
        this.port = port;
        this.accountSid = accountSid;
        this.authToken = authToken;
    }

    public static synchronized TwilioSimulator shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared.process::destroy, "twilio-simulator-stop"));
        }
        return shared;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The TCR CSP API v2 of the simulator. */
    public String tcrBaseUrl() {
        return baseUrl() + "/tcr/v2";
    }

    public String accountSid() {
        return accountSid;
    }

    public String authToken() {
        return authToken;
    }

    private static TwilioSimulator start() {
        Path jar = findJar();
        int port = Ports.free();
        String sid = "AC" + hex(16);
        String token = hex(16);
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-jar", jar.toString(),
                "--server.port=" + port, "--simulators.twilio.account-sid=" + sid,
                "--simulators.twilio.auth-token=" + token, "--simulators.twilio.callback-delay=50ms",
                "--simulators.tcr.api-key=" + TCR_API_KEY, "--simulators.tcr.api-secret=" + TCR_API_SECRET,
                "--simulators.tcr.webhook-secret=" + TCR_WEBHOOK_SECRET, "--simulators.tcr.verification-delay=200ms",
                "--simulators.tcr.vetting-delay=200ms", "--simulators.tcr.review-delay=300ms",
                "--logging.structured.format.console="));
        try {
            Path log = Files.createTempFile("twilio-simulator", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            awaitHealthy(process, port, log);
            return new TwilioSimulator(process, port, sid, token);
        } catch (IOException e) {
            throw new IllegalStateException("could not start the Twilio simulator", e);
        }
    }

    private static void awaitHealthy(Process process, int port, Path log) throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Twilio simulator exited:\n" + Files.readString(log));
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("Twilio simulator not healthy in 90 s:\n" + Files.readString(log));
    }

    private static Path findJar() {
        for (File dir = new File(System.getProperty("user.dir")).getAbsoluteFile(); dir != null; dir = dir.getParentFile()) {
            Path jar = dir.toPath().resolve("simulators/target/simulators-0.1.0-SNAPSHOT.jar");
            if (Files.exists(jar)) {
                return jar;
            }
        }
        throw new IllegalStateException("simulators/target/simulators-0.1.0-SNAPSHOT.jar not found: build the simulators module first");
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
