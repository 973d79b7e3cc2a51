package io.tendlc.notification.mail;

import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventSerde;
import io.tendlc.events.EventType;
import io.tendlc.events.Uuids;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** Puts events on Kafka the way the outbox relay does: the envelope as JSON, type and id in headers. */
public final class IdentityEvents {

    private final KafkaTemplate<String, byte[]> kafka;

    public IdentityEvents(KafkaTemplate<String, byte[]> kafka) {
        this.kafka = kafka;
    }

    public <T> EventEnvelope<T> publish(EventType<T> type, UUID organizationId, String key, T payload) {
        EventEnvelope<T> envelope = EventEnvelope.of(type, organizationId, key, payload);
        publish(type.topic(), envelope);
        return envelope;
    }

    /** An event of a type this build of shared-events does not know, as a newer producer might send. */
    public EventEnvelope<Object> publishUnknown(String topic, String type, String key, Object payload) {
        EventEnvelope<Object> envelope = new EventEnvelope<>(Uuids.timeOrdered(), type, Instant.now(), null, key, 1, payload);
        publish(topic, envelope);
        return envelope;
    }

    /** Sends the envelope as it is, so the same event can be delivered twice. */
    public void publish(String topic, EventEnvelope<?> envelope) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, envelope.key(), EventSerde.write(envelope));
        record.headers().add(new RecordHeader("eventType", envelope.type().getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader("eventId", envelope.id().toString().getBytes(StandardCharsets.UTF_8)));
        try {
            kafka.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + envelope.type(), e);
        }
    }
}
