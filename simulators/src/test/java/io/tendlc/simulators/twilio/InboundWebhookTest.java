package io.tendlc.simulators.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;

import com.twilio.rest.api.v2010.account.Message;
import org.junit.jupiter.api.Test;

/** {@code POST /sim/twilio/inbound} plays a handset texting in: a signed Twilio inbound webhook, synchronously. */
class InboundWebhookTest extends SimulatorTestBase {

    @Test
    void postsASignedInboundSmsAndReportsThePlatformsAnswer() throws Exception {
        String webhookUrl = receiver.url("/webhooks/twilio/inbound");
        receiver.answerWith(path -> 204);

        HttpResponse<String> response = send("POST", "/sim/twilio/inbound", """
                {"from": "+14155550100", "to": "%s", "body": "STOP please", "webhookUrl": "%s"}
                """.formatted(FROM, webhookUrl));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).contains("\"platformStatus\":204");
        String sid = response.body().replaceAll(".*\"sid\":\"(SM[0-9a-f]{32})\".*", "$1");
        WebhookReceiver.Received webhook = receiver.forMessage(sid).getFirst();
        assertThat(webhook.signedWith(AUTH_TOKEN)).isTrue();
        assertThat(webhook.url()).isEqualTo(webhookUrl);
        assertThat(webhook.form())
                .containsEntry("SmsSid", sid)
                .containsEntry("SmsMessageSid", sid)
                .containsEntry("AccountSid", ACCOUNT_SID)
                .containsEntry("From", "+14155550100")
                .containsEntry("To", FROM)
                .containsEntry("Body", "STOP please")
                .containsEntry("NumSegments", "1")
                .containsEntry("NumMedia", "0")
                .containsEntry("SmsStatus", "received")
                .containsEntry("ApiVersion", "2010-04-01")
                .containsEntry("FromCountry", "US");
        Message stored = Message.fetcher(sid).fetch(twilio());
        assertThat(stored.getDirection()).isEqualTo(Message.Direction.INBOUND);
        assertThat(stored.getStatus()).isEqualTo(Message.Status.RECEIVED);
    }

    @Test
    void anUnreachableWebhookIsABadGateway() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        HttpResponse<String> response = send("POST", "/sim/twilio/inbound", """
                {"from": "+14155550100", "to": "%s", "body": "hi", "webhookUrl": "http://localhost:%d/inbound"}
                """.formatted(FROM, closedPort));

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.body()).contains("\"sid\":\"SM").contains("\"platformStatus\":null");
    }

    @Test
    void aRequestWithoutBodyIsRejected() throws IOException, InterruptedException {
        HttpResponse<String> response = send("POST", "/sim/twilio/inbound", """
                {"from": "+14155550100", "to": "%s"}
                """.formatted(FROM));

        assertThat(response.statusCode()).isEqualTo(400);
    }
}
