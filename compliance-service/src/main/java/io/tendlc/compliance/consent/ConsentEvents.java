package io.tendlc.compliance.consent;

import io.tendlc.compliance.ledger.EventOrganization;
import io.tendlc.compliance.ledger.HashChain;
import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventSerde;
import io.tendlc.events.EventSerde.MalformedEventException;
import io.tendlc.events.Topics;
import io.tendlc.events.contacts.ConsentChanged;
import io.tendlc.events.contacts.ContactsImported;
import io.tendlc.platform.privacy.Pii;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Feeds the ledger from contact-service's and sms-service's consent events and from finished imports. Idempotent
 * through the ledger itself (each entry keeps its event id under a unique index), so there is nothing to keep in
 * step with another store. Unreadable events are dead-lettered; a failing append is retried, then dead-lettered.
 * Several consumers may append to one organization's chain at once: the chain is safe under that.
 */
@Component
class ConsentEvents {

    private static final Logger log = LoggerFactory.getLogger(ConsentEvents.class);

    private final ConsentLedger ledger;

    ConsentEvents(ConsentLedger ledger) {
        this.ledger = ledger;
    }

    @KafkaListener(id = "compliance-consent", topics = Topics.CONSENT,
            concurrency = "${compliance.consent.consumers:3}")
    void onConsent(ConsumerRecord<String, byte[]> record) {
        EventEnvelope<?> event = EventSerde.read(record.value());
        if (!(event.payload() instanceof ConsentChanged consent)) {
            return;
        }
        if (consent.phone() == null || consent.phone().isBlank()) {
            throw new MalformedEventException(event.type() + " " + event.id() + " names no phone", null);
        }
        UUID organization = EventOrganization.of(event, consent.organizationId());
        HashChain.Appended appended = ledger.record(event, organization, consent);
        log.debug("{} {} for {}: {}", event.type(), event.id(), Pii.maskPhone(consent.phone()),
                appended.fresh() ? "recorded as entry " + appended.entry().get("seq") : "already recorded");
    }

    @KafkaListener(id = "compliance-imports", topics = Topics.CONTACTS)
    void onContacts(ConsumerRecord<String, byte[]> record) {
        EventEnvelope<?> event = EventSerde.read(record.value());
        if (!(event.payload() instanceof ContactsImported imported)) {
            return; // contact.created|updated|deleted: not consent evidence
        }
        UUID organization = EventOrganization.of(event, imported.organizationId());
        HashChain.Appended appended = ledger.recordImport(event, organization, imported);
        log.info("Import {} ({} contacts) {}", imported.importId(), imported.imported(),
                appended.fresh() ? "recorded as consent entry " + appended.entry().get("seq") : "already recorded");
    }
}
