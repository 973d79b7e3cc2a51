package io.tendlc.platform.events;

import io.tendlc.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Parks a record that can never be processed on {@code <topic>-dlt}, with the reason, and moves on. */
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final KafkaTemplate<String, byte[]> kafka;

    public DeadLetters(KafkaTemplate<String, byte[]> kafka) {
        this.kafka = kafka;
    }

    public void send(ConsumerRecord<String, byte[]> record, Exception reason) {
        ProducerRecord<String, byte[]> dead = new ProducerRecord<>(Topics.deadLetter(record.topic()), record.key(),
                record.value());
        for (Header h : record.headers()) {
            dead.headers().add(h);
        }
        dead.headers().add(new RecordHeader("dlt-reason", String.valueOf(reason.getMessage()).getBytes(StandardCharsets.UTF_8)));
        dead.headers().add(new RecordHeader("dlt-origin", (record.topic() + "/" + record.partition() + "@" + record.offset())
                .getBytes(StandardCharsets.UTF_8)));
        try {
            kafka.send(dead).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not dead-letter " + record.topic() + "@" + record.offset(), e);
        }
        log.warn("Dead-lettered {}/{}@{}: {}", record.topic(), record.partition(), record.offset(), reason.getMessage());
    }
}
