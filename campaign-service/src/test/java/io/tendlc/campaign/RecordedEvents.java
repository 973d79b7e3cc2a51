package io.tendlc.campaign;

import io.tendlc.embedded.SharedServers;
import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventSerde;
import io.tendlc.events.Topics;
import io.tendlc.events.registry.CampaignChanged;
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

/** Everything campaign-service published on {@code registry.campaigns}, read back from Kafka as consumers see it. */
public final class RecordedEvents {

    private static final List<EventEnvelope<?>> EVENTS = new CopyOnWriteArrayList<>();
    private static Thread reader;

    private RecordedEvents() {
    }

    /** The campaign's events so far, in order: type and payload. */
    public static List<Recorded> of(UUID campaignId) {
        start();
        return EVENTS.stream().filter(e -> e.key().equals(campaignId.toString()))
                .map(e -> new Recorded(e.type(), (CampaignChanged) e.payload())).toList();
    }

    /** Waits (up to 20 s) for an event of the type about the campaign; the first one. */
    public static Recorded await(UUID campaignId, String type) {
        start();
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> of(campaignId).stream().filter(r -> r.type().equals(type)).findFirst().orElse(null),
                        r -> r != null);
    }

    /** How many events of the type the campaign has, once no more arrive for a moment. */
    public static long countAfterQuietPeriod(UUID campaignId, String type) {
        start();
        long[] last = {-1};
        Awaitility.await().pollDelay(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(15)).until(() -> {
                    long now = of(campaignId).stream().filter(r -> r.type().equals(type)).count();
                    boolean stable = now == last[0];
                    last[0] = now;
                    return stable;
                });
        return last[0];
    }

    public record Recorded(String type, CampaignChanged payload) {
    }

    private static synchronized void start() {
        if (reader != null) {
            return;
        }
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedServers.kafka().bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "campaign-service-test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.CAMPAIGNS));
        reader = Thread.ofPlatform().daemon().name("recorded-campaign-events").start(() -> {
            try (consumer) {
                while (true) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                        try {
                            EVENTS.add(EventSerde.read(record.value()));
                        } catch (EventSerde.MalformedEventException ignored) {
                            // not ours to judge
                        }
                    }
                }
            } catch (WakeupException stopping) {
                // the JVM is exiting
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(consumer::wakeup, "recorded-campaign-events-stop"));
    }
}
