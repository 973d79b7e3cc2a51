package io.tendlc.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaTest {

    @Test
    void sharedBrokerAutoCreatesTopicsAndDeliversARecord() throws Exception {
        String bootstrap = SharedServers.kafka().bootstrapServers();

        produce(bootstrap, "smoke", "key-1", "hello");

        assertThat(consumeAll(bootstrap, "smoke")).containsExactly("hello");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            var topic = admin.describeTopics(Set.of("smoke")).allTopicNames().get().get("smoke");
            assertThat(topic.partitions()).hasSize(3);
        }
    }

    @Test
    void persistentLogSurvivesARestart(@TempDir Path dir) throws Exception {
        int port = Ports.free();
        try (EmbeddedKafka kafka = persistent(dir, port)) {
            produce(kafka.bootstrapServers(), "kept", "k", "survives");
        }
        assertThat(Ports.isListening(port)).isFalse();

        try (EmbeddedKafka kafka = persistent(dir, port)) {
            assertThat(consumeAll(kafka.bootstrapServers(), "kept")).containsExactly("survives");
        }
    }

    private static EmbeddedKafka persistent(Path dir, int port) {
        return EmbeddedKafka.builder().port(port).logDirectory(dir.resolve("kafka")).partitions(12).start();
    }

    private static void produce(String bootstrap, String topic, String key, String value) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private static List<String> consumeAll(String bootstrap, String topic) {
        Map<String, Object> config = Map.of(
                "bootstrap.servers", bootstrap,
                "group.id", "test-" + topic,
                "auto.offset.reset", "earliest");
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }
}
