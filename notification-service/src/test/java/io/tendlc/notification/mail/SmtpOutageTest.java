package io.tendlc.notification.mail;

import io.tendlc.events.EventEnvelope;
import io.tendlc.events.Topics;
import io.tendlc.events.identity.AccountMailRequested;
import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.PlatformIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.tendlc.events.EventTypes.EMAIL_VERIFICATION_REQUESTED;
import static io.tendlc.notification.mail.Inbox.awaitMailTo;
import static io.tendlc.notification.mail.Inbox.mailTo;
import static io.tendlc.notification.mail.Inbox.newAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An SMTP server that refuses mail must not lose it: the event is retried, then parked for a replay. */
@PlatformIntegrationTest
class SmtpOutageTest {

    private static final String BASE = "http://localhost:8080";

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    IdentityEvents events;

    @BeforeEach
    void publisher() {
        events = new IdentityEvents(kafka);
    }

    @AfterEach
    void smtpBackUp() {
        SmtpGate.shared().up();
    }

    @Test
    void aShortOutageDelaysTheMailButDoesNotLoseIt() {
        String email = newAddress("patient");
        SmtpGate.shared().down();

        EventEnvelope<AccountMailRequested> event = publishVerification(email);

        await().atMost(Duration.ofSeconds(30)).until(() -> statuses(event.id()).contains("failed"));
        SmtpGate.shared().up();
        awaitMailTo(email);
        await().atMost(Duration.ofSeconds(10)).until(() -> statuses(event.id()).contains("sent"));
        assertThat(statuses(event.id())).containsOnlyOnce("sent");
        assertThat(mailTo(email)).hasSize(1);
        assertThat(jdbc.sql("select failure from mail_log where event_id = ? and status = 'failed'")
                .param(event.id()).query(String.class).list())
                .allSatisfy(failure -> assertThat(failure).contains("MailSendException").doesNotContain(email));
        assertThat(Api.at(port).get("/actuator/prometheus", null).body())
                .containsPattern("notification_mails_total\\{[^}]*status=\"failed\",template=\"email-verification\"");
    }

    @Test
    void anOutageLongerThanTheRetriesParksTheEventOnTheDeadLetterTopicForAReplay() throws Exception {
        String email = newAddress("parked");
        SmtpGate.shared().down();

        EventEnvelope<AccountMailRequested> event = publishVerification(email);

        ConsumerRecord<String, byte[]> parked = DeadLetterTopic.await(Topics.USERS, event.id(), Duration.ofSeconds(60));
        SmtpGate.shared().up();
        assertThat(statuses(event.id())).isNotEmpty().containsOnly("failed");
        assertThat(jdbc.sql("""
                        select count(*) from processed_event where consumer = 'notification.account-mail' and event_id = ?""")
                .param(event.id())
                .query(Long.class).single()).as("not marked processed, so a replay sends it").isZero();
        assertThat(mailTo(email)).isEmpty();

        kafka.send(new ProducerRecord<>(Topics.USERS, null, parked.key(), parked.value(), parked.headers()))
                .get(30, TimeUnit.SECONDS);
        awaitMailTo(email);
        await().atMost(Duration.ofSeconds(10)).until(() -> statuses(event.id()).contains("sent"));
    }

    private EventEnvelope<AccountMailRequested> publishVerification(String email) {
        UUID userId = UUID.randomUUID();
        return events.publish(EMAIL_VERIFICATION_REQUESTED, null, userId.toString(), new AccountMailRequested(userId,
                email, "Pat", BASE + "/verify-email?token=" + UUID.randomUUID(), Instant.now().plus(Duration.ofHours(24))));
    }

    private List<String> statuses(UUID eventId) {
        return jdbc.sql("select status from mail_log where event_id = ? order by sent_at").param(eventId)
                .query(String.class).list();
    }

}
