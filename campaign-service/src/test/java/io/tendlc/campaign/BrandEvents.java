package io.tendlc.campaign;

import io.tendlc.embedded.SharedServers;
import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventSerde;
import io.tendlc.events.EventType;
import io.tendlc.events.EventTypes;
import io.tendlc.events.registry.BrandChanged;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/** Plays brand-service: publishes {@code registry.brands} events the way its outbox relay does. */
public final class BrandEvents {

    private static KafkaProducer<String, byte[]> producer;

    private BrandEvents() {
    }

    /** An approved (VERIFIED) brand of the organization, registered at TCR as {@code tcrBrandId}. */
    public static BrandChanged approved(UUID organizationId, String tcrBrandId, String entityType, Integer score) {
        BrandChanged brand = new BrandChanged(UUID.randomUUID(), organizationId, tcrBrandId, "Acme Widgets",
                "Acme Widgets LLC", entityType, score == null ? "VERIFIED" : "VETTED_VERIFIED", score, "APPROVED",
                null, Instant.now());
        publish(EventTypes.BRAND_APPROVED, brand);
        return brand;
    }

    /** The same brand, changed now. */
    public static BrandChanged changed(BrandChanged brand, String status, Integer score) {
        BrandChanged next = new BrandChanged(brand.brandId(), brand.organizationId(), brand.tcrBrandId(),
                brand.displayName(), brand.companyName(), brand.entityType(), brand.identityStatus(), score, status,
                null, Instant.now());
        publish(EventTypes.BRAND_UPDATED, next);
        return next;
    }

    public static synchronized void publish(EventType<BrandChanged> type, BrandChanged brand) {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedServers.kafka().bootstrapServers());
            producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        }
        EventEnvelope<BrandChanged> envelope = EventEnvelope.of(type, brand.organizationId(), brand.brandId().toString(),
                brand);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), envelope.key(), EventSerde.write(envelope));
        record.headers().add(new RecordHeader("eventType", type.name().getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader("eventId", envelope.id().toString().getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
