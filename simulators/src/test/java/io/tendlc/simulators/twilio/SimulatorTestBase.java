package io.tendlc.simulators.twilio;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import com.twilio.http.TwilioRestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Starts the simulator once on a random port (every subclass shares the context) with fixed test
 * credentials and short delays, and points the real twilio-java client at it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "simulators.twilio.account-sid=" + SimulatorTestBase.ACCOUNT_SID,
        "simulators.twilio.auth-token=" + SimulatorTestBase.AUTH_TOKEN,
        "simulators.twilio.callback-delay=20ms",
        "simulators.twilio.callbacks.retry-backoff=20ms",
        "simulators.twilio.callbacks.timeout=2s"})
abstract class SimulatorTestBase {

    static final String ACCOUNT_SID = "AC00000000000000000000000000000001";
    static final String AUTH_TOKEN = "simulator-test-token";
    static final String FROM = "+15017122661";

    private static final AtomicInteger NEXT_NUMBER = new AtomicInteger(1000);

    static WebhookReceiver receiver;

    @LocalServerPort
    int port;

    @Autowired
    KnobsHolder knobs;

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @AfterEach
    void resetKnobs() {
        knobs.reset();
        receiver.answerWith(path -> 200);
    }

    URI baseUrl() {
        return URI.create("http://localhost:" + port);
    }

    TwilioRestClient twilio(String authToken) {
        return new TwilioRestClient.Builder(ACCOUNT_SID, authToken)
                .httpClient(new RedirectingTwilioHttpClient(baseUrl()))
                .build();
    }

    TwilioRestClient twilio() {
        return twilio(AUTH_TOKEN);
    }

    /** A fresh US number ending in the given digits, so tests never see each other's callbacks. */
    static String recipientEndingIn(String suffix) {
        String prefix = "+1415" + String.format("%07d", NEXT_NUMBER.incrementAndGet());
        return prefix.substring(0, 12 - suffix.length()) + suffix;
    }

    /** A create-message call as a plain form POST, for what twilio-java would hide (it retries 429s). */
    HttpResponse<String> postMessageForm(String form) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString((ACCOUNT_SID + ":" + AUTH_TOKEN).getBytes());
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest request = HttpRequest.newBuilder(
                            baseUrl().resolve("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json"))
                    .header("Authorization", "Basic " + credentials)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(baseUrl().resolve(path))
                    .header("Content-Type", "application/json");
            request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
