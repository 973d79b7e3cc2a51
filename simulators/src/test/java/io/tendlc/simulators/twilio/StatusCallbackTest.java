package io.tendlc.simulators.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import org.junit.jupiter.api.Test;

/** Status callbacks reach a real HTTP receiver, in order, signed so that twilio-java's validator accepts them. */
class StatusCallbackTest extends SimulatorTestBase {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Test
    void postsSentThenDeliveredWithValidSignatures() {
        String callbackUrl = receiver.url("/webhooks/twilio/status?tenant=t1");
        Message message = send(recipientEndingIn(""), callbackUrl);

        await().atMost(PATIENCE).until(() -> receiver.statusesOf(message.getSid()).size() == 2);

        List<WebhookReceiver.Received> callbacks = receiver.forMessage(message.getSid());
        assertThat(receiver.statusesOf(message.getSid())).containsExactly("sent", "delivered");
        assertThat(callbacks).allSatisfy(callback -> {
            assertThat(callback.signedWith(AUTH_TOKEN)).as("signature valid").isTrue();
            assertThat(callback.signedWith("another-token")).as("signature bound to the token").isFalse();
            assertThat(callback.url()).isEqualTo(callbackUrl);
            assertThat(callback.get("SmsSid")).isEqualTo(message.getSid());
            assertThat(callback.get("SmsMessageSid")).isEqualTo(message.getSid());
            assertThat(callback.get("SmsStatus")).isEqualTo(callback.get("MessageStatus"));
            assertThat(callback.get("AccountSid")).isEqualTo(ACCOUNT_SID);
            assertThat(callback.get("From")).isEqualTo(FROM);
            assertThat(callback.get("To")).isEqualTo(message.getTo());
            assertThat(callback.get("ApiVersion")).isEqualTo("2010-04-01");
            assertThat(callback.form()).doesNotContainKeys("ErrorCode", "MessagingServiceSid");
        });
        assertThat(callbacks.get(0).form()).doesNotContainKey("RawDlrDoneDate");
        assertThat(callbacks.get(1).get("RawDlrDoneDate")).matches("\\d{10}");
        Message fetched = Message.fetcher(message.getSid()).fetch(twilio());
        assertThat(fetched.getStatus()).isEqualTo(Message.Status.DELIVERED);
        assertThat(fetched.getDateSent()).isNotNull();
    }

    @Test
    void aRecipientEndingIn0030IsUndeliveredWith30003() {
        Message message = send(recipientEndingIn("0030"), receiver.url("/status"));

        await().atMost(PATIENCE).until(() -> receiver.statusesOf(message.getSid()).size() == 2);

        assertThat(receiver.statusesOf(message.getSid())).containsExactly("sent", "undelivered");
        WebhookReceiver.Received last = receiver.forMessage(message.getSid()).get(1);
        assertThat(last.get("ErrorCode")).isEqualTo("30003");
        assertThat(last.signedWith(AUTH_TOKEN)).isTrue();
        Message fetched = Message.fetcher(message.getSid()).fetch(twilio());
        assertThat(fetched.getStatus()).isEqualTo(Message.Status.UNDELIVERED);
        assertThat(fetched.getErrorCode()).isEqualTo(30003);
    }

    @Test
    void aRecipientEndingIn0070FailsWithoutBeingSent() {
        Message message = send(recipientEndingIn("0070"), receiver.url("/status"));

        await().atMost(PATIENCE).until(() -> !receiver.statusesOf(message.getSid()).isEmpty());

        assertThat(receiver.statusesOf(message.getSid())).containsExactly("failed");
        assertThat(receiver.forMessage(message.getSid()).getFirst().get("ErrorCode")).isEqualTo("30007");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                Message.fetcher(message.getSid()).fetch(twilio()).getStatus()).isEqualTo(Message.Status.FAILED));
    }

    @Test
    void aMessagingServiceSidIsPassedOn() {
        Message message = Message.creator(new PhoneNumber(recipientEndingIn("")), "MG00000000000000000000000000000002", "hi")
                .setStatusCallback(receiver.url("/status"))
                .create(twilio());

        await().atMost(PATIENCE).until(() -> receiver.statusesOf(message.getSid()).size() == 2);

        assertThat(receiver.forMessage(message.getSid()))
                .allSatisfy(callback -> {
                    assertThat(callback.get("MessagingServiceSid")).isEqualTo("MG00000000000000000000000000000002");
                    assertThat(callback.signedWith(AUTH_TOKEN)).isTrue();
                });
    }

    @Test
    void retriesACallbackTheReceiverFailedAndKeepsTheOrder() {
        AtomicInteger answers = new AtomicInteger();
        receiver.answerWith(path -> path.equals("/flaky") && answers.incrementAndGet() <= 2 ? 503 : 200);

        Message message = send(recipientEndingIn(""), receiver.url("/flaky"));

        await().atMost(PATIENCE).until(() -> receiver.statusesOf(message.getSid()).size() == 4);
        assertThat(receiver.statusesOf(message.getSid())).containsExactly("sent", "sent", "sent", "delivered");
    }

    @Test
    void aMessageWithoutStatusCallbackStillMovesOnToDelivered() {
        Message message = Message.creator(new PhoneNumber(recipientEndingIn("")), new PhoneNumber(FROM), "no callback")
                .create(twilio());

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                Message.fetcher(message.getSid()).fetch(twilio()).getStatus()).isEqualTo(Message.Status.DELIVERED));
    }

    private Message send(String to, String callbackUrl) {
        return Message.creator(new PhoneNumber(to), new PhoneNumber(FROM), "status please")
                .setStatusCallback(callbackUrl)
                .create(twilio());
    }
}
