package io.tendlc.compliance;

import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventSerde;
import io.tendlc.events.EventType;
import io.tendlc.events.EventTypes;
import io.tendlc.events.contacts.AuditRecorded;
import io.tendlc.events.contacts.ConsentChanged;
import io.tendlc.events.contacts.ContactsImported;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Plays contact-service, sms-service and the audited services: puts consent, import and audit events on Kafka the way
 * their outbox relays do (topic of the event type, aggregate key, eventType/eventId headers).
 */
public final class PlatformEvents {

    private final KafkaTemplate<String, byte[]> kafka;

    public PlatformEvents(KafkaTemplate<String, byte[]> kafka) {
        this.kafka = kafka;
    }

    /** A web-form opt-in (or opt-out, or re-opt-in) of the phone for the brand, with all its evidence. */
    public static ConsentChanged consent(UUID organizationId, UUID brandId, String phone, String type,
                                         String disclosure, Instant occurredAt) {
        return new ConsentChanged(organizationId, brandId, null, phone, type, "BRAND",
                type.equals("OPT_OUT") ? "SMS" : "WEB", type.equals("OPT_OUT") ? "STOP" : "https://acme.example/join",
                disclosure, "v3", "203.0.113.7", "Mozilla/5.0 (test)", type.equals("OPT_OUT") ? "SM123" : null,
                occurredAt, "America/Chicago");
    }

    /** The consent event as sms-service or contact-service announces it (keyed organization:phone). */
    public EventEnvelope<ConsentChanged> publishConsent(ConsentChanged consent) {
        EventType<ConsentChanged> type = consent.type().equals("OPT_OUT") ? EventTypes.CONTACT_OPTED_OUT
                : EventTypes.CONTACT_OPTED_IN;
        return publish(EventEnvelope.of(type, consent.organizationId(),
                consent.organizationId() + ":" + consent.phone(), consent));
    }

    public EventEnvelope<ContactsImported> publishImport(ContactsImported imported) {
        return publish(EventEnvelope.of(EventTypes.CONTACT_IMPORT_COMPLETED, imported.organizationId(),
                imported.importId().toString(), imported));
    }

    public EventEnvelope<AuditRecorded> publishAudit(AuditRecorded audit) {
        return publish(EventEnvelope.of(EventTypes.AUDIT_RECORDED, audit.organizationId(),
                audit.organizationId().toString(), audit));
    }

    /** Sends the envelope as it is (so that the same event can be delivered twice) on its type's topic. */
    public <T> EventEnvelope<T> publish(EventEnvelope<T> envelope) {
        String topic = EventTypes.byName(envelope.type()).orElseThrow().topic();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, envelope.key(), EventSerde.write(envelope));
        record.headers().add(new RecordHeader("eventType", envelope.type().getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader("eventId", envelope.id().toString().getBytes(StandardCharsets.UTF_8)));
        try {
            kafka.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + envelope.type(), e);
        }
        return envelope;
    }
}
