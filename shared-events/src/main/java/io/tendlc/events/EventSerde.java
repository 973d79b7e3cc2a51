package io.tendlc.events;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.UUID;

/**
 * JSON on the wire: the envelope's fields at the top level and the payload as an object. Reading
 * resolves the payload record from the logical type name; an unknown type is reported, not guessed.
 */
public final class EventSerde {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    public static byte[] write(EventEnvelope<?> envelope) {
        return MAPPER.writeValueAsBytes(envelope);
    }

    public static EventEnvelope<?> read(byte[] json) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (RuntimeException e) {
            throw new MalformedEventException("not a JSON event envelope", e);
        }
        if (!(tree instanceof ObjectNode node) || !node.hasNonNull("type") || !node.hasNonNull("payload")) {
            throw new MalformedEventException("event envelope without type or payload", null);
        }
        String type = node.get("type").asString();
        EventType<?> eventType = EventTypes.byName(type)
                .orElseThrow(() -> new MalformedEventException("unknown event type " + type, null));
        try {
            return envelope(node, eventType);
        } catch (RuntimeException e) {
            throw new MalformedEventException("malformed " + type + " event", e);
        }
    }

    private static <T> EventEnvelope<T> envelope(ObjectNode node, EventType<T> type) {
        T payload = MAPPER.treeToValue(node.get("payload"), type.payloadType());
        JsonNode org = node.get("organizationId");
        return new EventEnvelope<>(
                UUID.fromString(node.get("id").asString()),
                type.name(),
                MAPPER.treeToValue(node.get("occurredAt"), java.time.Instant.class),
                org == null || org.isNull() ? null : UUID.fromString(org.asString()),
                node.get("key").asString(),
                node.path("version").asInt(1),
                payload);
    }

    /** A record that can never be processed: consumers dead-letter it instead of retrying. */
    public static final class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private EventSerde() {
    }
}
