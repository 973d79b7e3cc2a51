package io.tendlc.brand;

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
import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Everything published on {@code registry.brands}, read back from the embedded Kafka by a consumer of the test's own
 * (what campaign-service and notification-service would see, relayed from the outbox).
 */
public final class RecordedEvents {

    private static final List<Recorded> EVENTS = new CopyOnWriteArrayList<>();
    private static Thread reader;

    public record Recorded(String key, String eventTypeHeader, EventEnvelope<?> envelope) {
    }

    /** Waits (up to 20 s) for an event of {@code type} whose payload matches. */
    public static <T> Recorded await(EventType<T> type, Predicate<T> matching) {
        start();
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> all(type, matching).stream().findFirst().orElse(null), r -> r != null);
    }

    @SuppressWarnings("unchecked")
    public static <T> List<Recorded> all(EventType<T> type, Predicate<T> matching) {
        start();
        return EVENTS.stream().filter(r -> r.envelope().type().equals(type.name()))
                .filter(r -> matching.test((T) r.envelope().payload())).toList();
    }

    /** The types of every event about one brand, in the order they arrived. */
    public static List<String> typesFor(UUID brandId) {
        start();
        return EVENTS.stream().filter(r -> r.key().equals(brandId.toString())).map(r -> r.envelope().type()).toList();
    }

    /** Waits until no new event about the brand arrived for a second, then its event types. */
    public static List<String> settledTypesFor(UUID brandId) {
        start();
        int[] last = {-1};
        Awaitility.await().pollDelay(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(15)).until(() -> {
                    int now = typesFor(brandId).size();
                    boolean stable = now == last[0];
                    last[0] = now;
                    return stable;
                });
        return typesFor(brandId);
    }

    public static synchronized void start() {
        if (reader != null) {
            return;
        }
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedServers.kafka().bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "brand-service-test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.BRANDS));
        reader = Thread.ofPlatform().daemon().name("recorded-brand-events").start(() -> {
            try (consumer) {
                while (true) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                        var header = record.headers().lastHeader("eventType");
                        EVENTS.add(new Recorded(record.key(), header == null ? null : new String(header.value()),
                                EventSerde.read(record.value())));
                    }
                }
            } catch (WakeupException stopping) {
                // the JVM is exiting
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(consumer::wakeup, "recorded-brand-events-stop"));
    }

    private RecordedEvents() {
    }
}
