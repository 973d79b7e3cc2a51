package io.tendlc.analytics;

import io.tendlc.embedded.SharedServers;
import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventSerde;
import io.tendlc.events.EventType;
import io.tendlc.events.EventTypes;
import io.tendlc.events.Topics;
import io.tendlc.events.sms.MessageStatusChanged;
import io.tendlc.platform.test.Api;
import io.tendlc.platform.test.PlatformIntegrationTest;
import io.tendlc.platform.test.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@PlatformIntegrationTest
class SummaryIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    final UUID org = UUID.randomUUID();

    void publish(EventType<MessageStatusChanged> type, UUID message, String status, int segments) throws Exception {
        EventEnvelope<MessageStatusChanged> event = EventEnvelope.of(type, org, message.toString(),
                new MessageStatusChanged(message, org, "+15005550006", "+15551234567", status, segments, "GSM7", "SM1",
                        null, Instant.now()));
        kafka.send(type.topic(), message.toString(), EventSerde.write(event)).get();
    }

    @Test
    void countsFollowEachMessagesLatestStatusWhateverTheOrderAndRepeats() throws Exception {
        UUID delivered = UUID.randomUUID();
        UUID failed = UUID.randomUUID();
        UUID pending = UUID.randomUUID();
        publish(EventTypes.MESSAGE_ACCEPTED, delivered, "accepted", 2);
        publish(EventTypes.MESSAGE_DELIVERED, delivered, "delivered", 2);
        publish(EventTypes.MESSAGE_SENT, delivered, "sent", 2); // late: must not undo the delivery
        publish(EventTypes.MESSAGE_DELIVERED, delivered, "delivered", 2); // repeated report
        publish(EventTypes.MESSAGE_FAILED, failed, "failed", 1);
        publish(EventTypes.MESSAGE_QUEUED, pending, "queued", 1);

        Api api = Api.at(port);
        String token = TestTokens.user(org, "VIEWER");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Api.Reply summary = api.get("/api/v1/analytics/summary", token);
            assertThat(summary.status()).isEqualTo(200);
            assertThat(summary.json().path("total").asLong()).isEqualTo(3);
            assertThat(summary.json().path("segments").asLong()).isEqualTo(4);
            assertThat(summary.json().path("byStatus").path("delivered").asLong()).isEqualTo(1);
            assertThat(summary.json().path("byStatus").path("failed").asLong()).isEqualTo(1);
            assertThat(summary.json().path("byStatus").path("queued").asLong()).isEqualTo(1);
            assertThat(summary.json().path("byStatus").path("sent").asLong()).isZero();
        });
        Api.Reply stranger = api.get("/api/v1/analytics/summary", TestTokens.user(UUID.randomUUID(), "OWNER"));
        assertThat(stranger.json().path("total").asLong()).isZero();
    }

    @Test
    void anUnreadableRecordIsDeadLetteredAndTheStreamGoesOn() throws Exception {
        kafka.send(Topics.MESSAGES, "poison", "{\"type\":\"message.sent\",\"payload\":{\"segments\":\"x\"}}".getBytes()).get();
        UUID after = UUID.randomUUID();
        publish(EventTypes.MESSAGE_DELIVERED, after, "delivered", 1);

        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedServers.kafka().bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "dlt-check-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.deadLetter(Topics.MESSAGES)));
            List<String> keys = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> keys.add(r.key()));
                assertThat(keys).contains("poison");
            });
        }
        Api api = Api.at(port);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api.get("/api/v1/analytics/summary", TestTokens.user(org, "OWNER")).json().path("byStatus")
                        .path("delivered").asLong()).isEqualTo(1));
    }
}
