package io.tendlc.compliance.audit;

import io.tendlc.compliance.ledger.EventOrganization;
import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventSerde;
import io.tendlc.events.Topics;
import io.tendlc.events.contacts.AuditRecorded;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds the audit log from {@code platform.audit}; idempotent through the log's unique event ids. */
@Component
class AuditEvents {

    private final AuditLog log;

    AuditEvents(AuditLog log) {
        this.log = log;
    }

    @KafkaListener(id = "compliance-audit", topics = Topics.AUDIT)
    void on(ConsumerRecord<String, byte[]> record) {
        EventEnvelope<?> event = EventSerde.read(record.value());
        if (event.payload() instanceof AuditRecorded audit) {
            log.record(event, EventOrganization.of(event, audit.organizationId()), audit);
        }
    }
}
