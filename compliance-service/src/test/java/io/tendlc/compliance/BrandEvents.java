package io.tendlc.compliance;

import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventSerde;
import io.tendlc.events.EventType;
import io.tendlc.events.Topics;
import io.tendlc.events.registry.BrandChanged;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** Plays brand-service: puts {@code registry.brands} events on Kafka the way its outbox relay does. */
final class BrandEvents {

    private final KafkaTemplate<String, byte[]> kafka;

    BrandEvents(KafkaTemplate<String, byte[]> kafka) {
        this.kafka = kafka;
    }

    /** A brand of the organization as brand-service announces it. */
    static BrandChanged brand(UUID organizationId, UUID brandId, String displayName, String entityType,
                              String identityStatus, Integer vettingScore, String status, Instant changedAt) {
        return new BrandChanged(brandId, organizationId, "B" + brandId.toString().substring(0, 6).toUpperCase(),
                displayName, displayName + " LLC", entityType, identityStatus, vettingScore, status, null, changedAt);
    }

    EventEnvelope<BrandChanged> publish(EventType<BrandChanged> type, BrandChanged brand) {
        EventEnvelope<BrandChanged> envelope = EventEnvelope.of(type, brand.organizationId(),
                brand.brandId().toString(), brand);
        publish(envelope);
        return envelope;
    }

    /** Sends the envelope as it is, so that the same event can be delivered twice. */
    void publish(EventEnvelope<?> envelope) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.BRANDS, envelope.key(),
                EventSerde.write(envelope));
        record.headers().add(new RecordHeader("eventType", envelope.type().getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader("eventId", envelope.id().toString().getBytes(StandardCharsets.UTF_8)));
        try {
            kafka.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + envelope.type(), e);
        }
    }
}
