package io.tendlc.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import io.tendlc.e2e.Gateway.Reply;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static io.tendlc.e2e.Gateway.HTTP;
import static io.tendlc.e2e.Gateway.assertProblem;
import static io.tendlc.e2e.Gateway.get;
import static io.tendlc.e2e.Gateway.post;
import static org.awaitility.Awaitility.await;

/**
 * The spine's walk, from outside, through the gateway only: log in, create an API key, send a message with
 * it, watch it become delivered through the Twilio simulator's signed callbacks, and find it in analytics.
 */
@ExtendWith(RunningPlatform.class)
class SendOneMessageIT {

    static final String SENDER = "+15005550006";
    static String accessToken;
    static String apiKey;

    @BeforeAll
    static void loginAndCreateAKey() throws Exception {
        Reply login = post("/api/v1/auth/login", null, null,
                "{\"email\":\"demo@example.com\",\"password\":\"demo-password\"}");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().path("refreshToken").asString()).isNotBlank();
        assertThat(login.json().path("expiresIn").asLong()).isPositive();
        accessToken = login.json().path("accessToken").asString();

        Reply key = post("/api/v1/api-keys", accessToken, null, "{\"name\":\"e2e\",\"scopes\":[\"messages:send\",\"messages:read\"]}");
        assertThat(key.status()).isEqualTo(201);
        assertThat(key.json().path("prefix").asString()).isNotBlank();
        apiKey = key.json().path("key").asString();
    }

    @Test
    void aMessageSentWithAnApiKeyIsDeliveredAndCounted() throws Exception {
        Reply accepted = post("/api/v1/messages", null, apiKey,
                "{\"to\":\"+15551234567\",\"from\":\"" + SENDER + "\",\"body\":\"Hello from the end-to-end test\"}");
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.json().path("status").asString()).isEqualTo("accepted");
        assertThat(accepted.json().path("segments").asInt()).isEqualTo(1);
        assertThat(accepted.json().path("encoding").asString()).isEqualTo("GSM7");
        String id = accepted.json().path("id").asString();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(get("/api/v1/messages/" + id, null, apiKey).json().path("status").asString()).isEqualTo("delivered"));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Reply summary = get("/api/v1/analytics/summary", accessToken, null);
            assertThat(summary.status()).isEqualTo(200);
            assertThat(summary.json().path("byStatus").path("delivered").asLong()).isGreaterThanOrEqualTo(1);
            assertThat(summary.json().path("total").asLong()).isGreaterThanOrEqualTo(1);
        });
    }

    @Test
    void badInputIsRefusedWithProblemDocuments() throws Exception {
        assertProblem(post("/api/v1/messages", null, apiKey, "{\"to\":\"555-1234\",\"from\":\"" + SENDER + "\",\"body\":\"x\"}"), 400);
        assertProblem(post("/api/v1/messages", null, apiKey, "{\"to\":\"+15551234567\",\"from\":\"" + SENDER + "\",\"body\":\"\"}"), 400);
        assertProblem(post("/api/v1/messages", null, apiKey,
                "{\"to\":\"+15551234567\",\"from\":\"" + SENDER + "\",\"body\":\"" + "a".repeat(1601) + "\"}"), 400);
        assertProblem(post("/api/v1/messages", null, apiKey, "{\"to\": \"+1555"), 400);
    }

    @Test
    void missingOrWrongCredentialsAndForgedCallbacksAreRefused() throws Exception {
        String body = "{\"to\":\"+15551234567\",\"from\":\"" + SENDER + "\",\"body\":\"hi\"}";
        assertProblem(post("/api/v1/messages", null, null, body), 401);
        assertProblem(post("/api/v1/messages", null, "tdlc_wrong", body), 401);

        HttpRequest forged = HttpRequest.newBuilder(URI.create(RunningPlatform.GATEWAY + "/webhooks/twilio/status"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", "Zm9yZ2Vk")
                .POST(HttpRequest.BodyPublishers.ofString("MessageSid=SM123&MessageStatus=delivered")).build();
        assertThat(HTTP.send(forged, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
    }
}
