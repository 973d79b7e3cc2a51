package io.tendlc.events;

/**
 * A logical event type: its wire name, the topic it is published on, and the payload record that
 * carries it. Several types may share one payload record (every message status change is a
 * {@code MessageStatusChanged}).
 */
public record EventType<T>(String name, String topic, Class<T> payloadType, int version) {

    public EventType(String name, String topic, Class<T> payloadType) {
        this(name, topic, payloadType, 1);
    }
}
