package io.tendlc.users;

import io.tendlc.embedded.SharedServers;
import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventSerde;
import io.tendlc.events.EventType;
import io.tendlc.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.awaitility.Awaitility;

/**
 * Everything published on the identity topics, as read back from the embedded Kafka by a consumer of the test's
 * own (so a test sees what auth-service and notification-service would see, relayed from the outbox).
 */
public final class RecordedEvents {

    private static final List<Recorded> EVENTS = new CopyOnWriteArrayList<>();
    private static Thread reader;

    /** One event as it came off Kafka, with its record key. */
    public record Recorded(String topic, String key, EventEnvelope<?> envelope) {
        public Object payload() {
            return envelope.payload();
        }
    }

    /** Waits (up to 20 s) for an event of {@code type} whose payload matches, and returns it. */
    @SuppressWarnings("unchecked")
    public static <T> Recorded await(EventType<T> type, Predicate<T> matching) {
        start();
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> all(type, matching).stream().findFirst().orElse(null), r -> r != null);
    }

    /** The events of {@code type} received so far whose payload matches. */
    @SuppressWarnings("unchecked")
    public static <T> List<Recorded> all(EventType<T> type, Predicate<T> matching) {
        start();
        return EVENTS.stream().filter(r -> r.envelope().type().equals(type.name()))
                .filter(r -> matching.test((T) r.envelope().payload())).toList();
    }

    /** Waits a moment for stragglers, then the number of matching events (for "exactly once" checks). */
    public static <T> int countAfterQuietPeriod(EventType<T> type, Predicate<T> matching) {
        start();
        int[] last = {-1};
        Awaitility.await().pollDelay(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(500)).atMost(Duration.ofSeconds(10))
                .until(() -> {
                    int now = all(type, matching).size();
                    boolean stable = now == last[0];
                    last[0] = now;
                    return stable;
                });
        return last[0];
    }

    private static synchronized void start() {
        if (reader != null) {
            return;
        }
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedServers.kafka().bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "user-service-test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.USERS, Topics.MEMBERSHIPS));
        reader = Thread.ofPlatform().daemon().name("recorded-events").start(() -> {
            try (consumer) {
                while (true) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                        try {
                            EVENTS.add(new Recorded(record.topic(), record.key(), EventSerde.read(record.value())));
                        } catch (EventSerde.MalformedEventException ignored) {
                            // tests send garbage on purpose
                        }
                    }
                }
            } catch (WakeupException stopping) {
                // the JVM is exiting
            }
        });
        // stop before the shared Kafka does, instead of polling a dead broker while the JVM exits
        Runtime.getRuntime().addShutdownHook(new Thread(consumer::wakeup, "recorded-events-stop"));
    }

    private RecordedEvents() {
    }
}
