package io.tendlc.contact;

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

/** What contact-service published on contacts.contacts and platform.audit, read back from the embedded Kafka. */
public final class RecordedEvents {

    private static final List<Recorded> EVENTS = new CopyOnWriteArrayList<>();
    private static Thread reader;

    public record Recorded(String topic, String key, String eventTypeHeader, EventEnvelope<?> envelope) {
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

    public static synchronized void start() {
        if (reader != null) {
            return;
        }
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedServers.kafka().bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "contact-service-test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.CONTACTS, Topics.AUDIT));
        reader = Thread.ofPlatform().daemon().name("recorded-contact-events").start(() -> {
            try (consumer) {
                while (true) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                        var header = record.headers().lastHeader("eventType");
                        EVENTS.add(new Recorded(record.topic(), record.key(),
                                header == null ? null : new String(header.value()), EventSerde.read(record.value())));
                    }
                }
            } catch (WakeupException stopping) {
                // the JVM is exiting
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(consumer::wakeup, "recorded-contact-events-stop"));
    }

    private RecordedEvents() {
    }
}
