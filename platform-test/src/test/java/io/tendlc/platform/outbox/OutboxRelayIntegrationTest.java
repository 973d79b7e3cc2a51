package io.tendlc.platform.outbox;

import io.tendlc.embedded.SharedServers;
import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventSerde;
import io.tendlc.events.EventTypes;
import io.tendlc.events.Topics;
import io.tendlc.events.identity.UserCreated;
import io.tendlc.platform.events.EventPublisher;
import io.tendlc.platform.test.PlatformIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@PlatformIntegrationTest
class OutboxRelayIntegrationTest {

    @Autowired
    EventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void committedEventsReachKafkaOnceEachInOrderPerKeyAndLeaveTheOutbox() {
        UUID org = UUID.randomUUID();
        List<String> keys = List.of("user-a", "user-b", "user-c");
        List<EventEnvelope<UserCreated>> published = new ArrayList<>();
        for (int batch = 0; batch < 5; batch++) {
            int b = batch;
            tx.executeWithoutResult(s -> {
                for (int i = 0; i < 300; i++) {
                    String key = keys.get(i % keys.size());
                    published.add(events.publish(EventTypes.USER_CREATED, org, key,
                            new UserCreated(UUID.randomUUID(), org, b + "-" + i + "@x.test", "n", "o", "OWNER")));
                }
            });
        }

        Map<String, List<UUID>> received = consume(org, published.size());

        for (String key : keys) {
            List<UUID> expected = published.stream().filter(e -> e.key().equals(key)).map(EventEnvelope::id).toList();
            assertThat(received.get(key)).as("events of %s, in publication order", key).containsExactlyElementsOf(expected);
        }
        await().atMost(Duration.ofSeconds(10)).until(() ->
                jdbc.queryForObject("select count(*) from outbox_event", Long.class) == 0);
    }

    @Test
    void aRolledBackTransactionPublishesNothing() {
        UUID org = UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            events.publish(EventTypes.USER_CREATED, org, "ghost", new UserCreated(UUID.randomUUID(), org, "g@x.test", "g", "o", "OWNER"));
            s.setRollbackOnly();
        });
        UUID marker = UUID.randomUUID();
        tx.executeWithoutResult(s -> events.publish(EventTypes.USER_CREATED, org, "real",
                new UserCreated(marker, org, "r@x.test", "r", "o", "OWNER")));

        Map<String, List<UUID>> received = consume(org, 1);
        assertThat(received).containsOnlyKeys("real");
    }

    @Test
    void publishingOutsideATransactionIsRefusedRatherThanSentBesideACommit() {
        UUID org = UUID.randomUUID();
        assertThatThrownBy(() -> events.publish(EventTypes.USER_CREATED, org, "k",
                new UserCreated(UUID.randomUUID(), org, "e@x.test", "n", "o", "OWNER")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    /** Reads the users topic from the start until {@code expected} events of {@code org} arrived; by key. */
    private static Map<String, List<UUID>> consume(UUID org, int expected) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedServers.kafka().bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "outbox-it-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Map<String, List<UUID>> byKey = new HashMap<>();
        int[] count = {0};
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.USERS));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    EventEnvelope<?> e = EventSerde.read(r.value());
                    if (org.equals(e.organizationId())) {
                        byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(e.id());
                        count[0]++;
                    }
                });
                return count[0] >= expected;
            });
            // nothing more than expected arrives (no duplicates from the relay in the normal case)
            consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                if (org.equals(EventSerde.read(r.value()).organizationId())) {
                    count[0]++;
                }
            });
        }
        assertThat(count[0]).isEqualTo(expected);
        return byKey;
    }
}
