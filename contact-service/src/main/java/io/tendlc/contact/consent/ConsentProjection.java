package io.tendlc.contact.consent;

import io.tendlc.contact.phones.PhoneNumbers;
import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventTypes;
import io.tendlc.events.Topics;
import io.tendlc.events.contacts.ConsentChanged;
import io.tendlc.events.contacts.ContactChanged;
import io.tendlc.platform.events.EventPublisher;
import io.tendlc.platform.events.InboundEvents;
import io.tendlc.platform.privacy.Pii;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Follows the consent events (contacts.consent) into each contact's consent_status, source and time, once per event
 * and forward-only by {@code occurredAt}: an event older than what the contact shows changes nothing, and at the same
 * instant an opt-out wins over an opt-in. Events create no contacts; the latest one per number is kept in
 * consent_state so a contact created later starts from it.
 */
@Component
class ConsentProjection {

    private static final Logger log = LoggerFactory.getLogger(ConsentProjection.class);

    /** The newer event wins; at the same instant OPTED_OUT wins. */
    private static final String NEWER = """
            (%1$s.occurred_at < excluded.occurred_at
             or (%1$s.occurred_at = excluded.occurred_at and excluded.status = 'OPTED_OUT'))""";

    private final JdbcClient jdbc;
    private final EventPublisher events;

    private final InboundEvents inbound;

    ConsentProjection(JdbcClient jdbc, EventPublisher events, InboundEvents inbound) {
        this.jdbc = jdbc;
        this.events = events;
        this.inbound = inbound;
    }

    @KafkaListener(id = "contact-consent", topics = Topics.CONSENT, batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        inbound.handleBatch("contact.consent", records, batch -> batch.forEach(this::apply));
    }

    private void apply(EventEnvelope<?> event) {
        if (!(event.payload() instanceof ConsentChanged c) || c.phone() == null) {
            return;
        }
        UUID org = c.organizationId() != null ? c.organizationId() : event.organizationId();
        if (org == null) {
            return;
        }
        String status = status(event.type(), c.type());
        if (status == null) {
            log.warn("Consent event {} of unknown type {} / {} ignored", event.id(), event.type(), c.type());
            return;
        }
        String phone = PhoneNumbers.tryNormalize(c.phone()).orElse(c.phone());
        Instant at = c.occurredAt() != null ? c.occurredAt() : event.occurredAt();
        String source = c.channel() == null ? c.source() : c.source() == null ? c.channel() : c.channel() + ":" + c.source();
        int newer = jdbc.sql("""
                        insert into consent_state as s (organization_id, phone, status, source, occurred_at)
                        values (?, ?, ?, ?, ?)
                        on conflict (organization_id, phone) do update
                            set status = excluded.status, source = excluded.source, occurred_at = excluded.occurred_at
                        where """ + NEWER.formatted("s"))
                .params(org, phone, status, source, Timestamp.from(at)).update();
        if (newer == 0) {
            log.info("Stale consent event {} for {} ignored", event.id(), Pii.maskPhone(phone));
            return;
        }
        Optional<UUID> contact = jdbc.sql("""
                        update contact set consent_status = ?, consent_source = ?, consent_at = ?, updated_at = now()
                        where organization_id = ? and phone = ?
                          and (consent_at is null or consent_at < ? or (consent_at = ? and ? = 'OPTED_OUT'))
                        returning id""")
                .params(status, source, Timestamp.from(at), org, phone, Timestamp.from(at), Timestamp.from(at), status)
                .query(UUID.class).optional();
        contact.ifPresent(id -> events.publish(EventTypes.CONTACT_UPDATED, org, id.toString(),
                new ContactChanged(id, org, phone, status)));
    }

    private static String status(String eventType, String type) {
        if (EventTypes.CONTACT_OPTED_OUT.name().equals(eventType) || "OPT_OUT".equals(type)) {
            return "OPTED_OUT";
        }
        if (EventTypes.CONTACT_OPTED_IN.name().equals(eventType) || "OPT_IN".equals(type) || "RE_OPT_IN".equals(type)) {
            return "OPTED_IN";
        }
        return null;
    }
}
