package io.tendlc.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What travels on every topic: who/what/when around a payload. The {@code type} is a logical name
 * ({@code message.delivered}), never a Java class name, so producers and consumers can evolve apart.
 *
 * @param id             unique per event; consumers deduplicate on it
 * @param type           logical event type, see {@link EventType}
 * @param occurredAt     when the fact happened (not when it was relayed)
 * @param organizationId the tenant the event belongs to
 * @param key            aggregate key; also the Kafka record key, so one aggregate's events stay ordered
 * @param version        payload schema version
 * @param payload        the event record
 */
public record EventEnvelope<T>(UUID id, String type, Instant occurredAt, UUID organizationId, String key,
                               int version, T payload) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(payload, "payload");
    }

    /** A new event of the given type, stamped now with a fresh id. */
    public static <T> EventEnvelope<T> of(EventType<T> type, UUID organizationId, String key, T payload) {
        return new EventEnvelope<>(Uuids.timeOrdered(), type.name(), Instant.now(), organizationId, key,
                type.version(), payload);
    }
}
