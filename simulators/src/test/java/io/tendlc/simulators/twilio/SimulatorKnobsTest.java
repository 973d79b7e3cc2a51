package io.tendlc.simulators.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.twilio.exception.ApiException;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import org.junit.jupiter.api.Test;

/** The run-time knobs and counters that load and fault tests use, and the health endpoint. */
class SimulatorKnobsTest extends SimulatorTestBase {

    @Test
    void readsTheStartUpConfiguration() throws Exception {
        HttpResponse<String> response = send("GET", "/sim/twilio/config", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"callbackDelayMs\":20")
                .contains("\"failureRate\":0.0")
                .contains("\"0030\":{\"status\":\"undelivered\",\"errorCode\":30003}")
                .contains("\"0070\":{\"status\":\"failed\",\"errorCode\":30007}");
    }

    @Test
    void aFailureRateOfOneAnswersEveryCreateWithTheChosenStatus() throws Exception {
        HttpResponse<String> update = send("PUT", "/sim/twilio/config", """
                {"failureRate": 1.0, "failureStatuses": [429]}""");
        assertThat(update.statusCode()).isEqualTo(200);

        assertThatThrownBy(this::create).isInstanceOfSatisfying(ApiException.class, error -> {
            assertThat(error.getCode()).isEqualTo(20429);
            assertThat(error.getStatusCode()).isEqualTo(429);
        });
        assertThat(send("GET", "/sim/twilio/stats", null).body()).containsPattern("\"injectedFailures\":[1-9]");
    }

    @Test
    void beyondTheMaximumRateCreatesAreThrottledWith20429() throws Exception {
        send("PUT", "/sim/twilio/config", "{\"maxRequestsPerSecond\": 1}");

        // raw HTTP: twilio-java's Apache client would wait a second and retry a 429 once, refilling the bucket
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            responses.add(postMessageForm("To=%2B14155550100&From=%2B15017122661&Body=fast"));
        }

        assertThat(responses).extracting(HttpResponse::statusCode).contains(201, 429);
        assertThat(responses).filteredOn(response -> response.statusCode() == 429).first()
                .extracting(HttpResponse::body).asString()
                .contains("\"code\":20429", "\"message\":\"Too Many Requests\"",
                        "\"more_info\":\"https://www.twilio.com/docs/errors/20429\"", "\"status\":429");
    }

    @Test
    void configuredFailurePatternsApplyToNewMessages() throws Exception {
        send("PUT", "/sim/twilio/config", """
                {"recipientFailures": {"99": {"status": "undelivered", "errorCode": 30006}}}""");

        Message message = Message.creator(new PhoneNumber(recipientEndingIn("99")), new PhoneNumber(FROM), "landline")
                .setStatusCallback(receiver.url("/status"))
                .create(twilio());

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.statusesOf(message.getSid()).size() == 2);
        assertThat(receiver.forMessage(message.getSid()).get(1).form())
                .containsEntry("MessageStatus", "undelivered")
                .containsEntry("ErrorCode", "30006");
    }

    @Test
    void anInvalidKnobIsRejected() throws Exception {
        HttpResponse<String> response = send("PUT", "/sim/twilio/config", "{\"failureRate\": 2}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(send("GET", "/sim/twilio/config", null).body()).contains("\"failureRate\":0.0");
    }

    @Test
    void countsCreatedAndRejectedMessages() throws Exception {
        create();
        assertThatThrownBy(() -> Message.creator(new PhoneNumber("+15005550004"), new PhoneNumber(FROM), "x")
                .create(twilio())).isInstanceOf(ApiException.class);

        HttpResponse<String> stats = send("GET", "/sim/twilio/stats", null);

        assertThat(stats.statusCode()).isEqualTo(200);
        assertThat(stats.body()).containsPattern("\"created\":[1-9]").containsPattern("\"rejected\":[1-9]")
                .contains("\"callbacksSent\"", "\"callbacksFailed\"", "\"storedMessages\"");
    }

    @Test
    void reportsHealth() throws Exception {
        HttpResponse<String> health = send("GET", "/actuator/health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    private Message create() {
        return Message.creator(new PhoneNumber(recipientEndingIn("")), new PhoneNumber(FROM), "knobs").create(twilio());
    }
}
