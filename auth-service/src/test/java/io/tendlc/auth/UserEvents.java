package io.tendlc.auth;

import io.tendlc.embedded.SharedServers;
import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventSerde;
import io.tendlc.events.EventType;
import io.tendlc.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.awaitility.Awaitility;

/** What auth-service published on {@code identity.users}, read from Kafka as notification-service would. */
final class UserEvents {

    private static KafkaConsumer<String, byte[]> consumer;
    private static final List<EventEnvelope<?>> seen = new ArrayList<>();

    /** The first event of {@code type} matching, waiting for the outbox relay to send it. */
    static <T> T await(EventType<T> type, Predicate<T> matching) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> find(type, matching), Optional::isPresent).get();
    }

    /** Every such event seen so far. */
    static synchronized <T> List<T> all(EventType<T> type, Predicate<T> matching) {
        poll();
        return seen.stream().filter(e -> e.type().equals(type.name())).map(e -> type.payloadType().cast(e.payload()))
                .filter(matching).toList();
    }

    private static synchronized <T> Optional<T> find(EventType<T> type, Predicate<T> matching) {
        return all(type, matching).stream().findFirst();
    }

    private static void poll() {
        if (consumer == null) {
            consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedServers.kafka().bootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, "auth-test-" + UUID.randomUUID(),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                    new StringDeserializer(), new ByteArrayDeserializer());
            consumer.subscribe(List.of(Topics.USERS));
        }
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            seen.add(EventSerde.read(record.value()));
        }
    }

    private UserEvents() {
    }
}
