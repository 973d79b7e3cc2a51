package io.tendlc.sms.suppression;

import io.tendlc.events.EventEnvelope;
import io.tendlc.events.EventTypes;
import io.tendlc.events.Topics;
import io.tendlc.events.contacts.ConsentChanged;
import io.tendlc.platform.events.InboundEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Opt-outs recorded elsewhere (a contact marked opted out through the API, a web form, an import's evidence) stop
 * the send path too. Opt-ins from elsewhere never lift a suppression: after STOP only the person's own START does
 * (an import or an API call must never override an opt-out). sms-service's own opt-outs (SMS, CARRIER) are already
 * in the table and are not read back.
 */
@Component
class ConsentProjection {

    private static final Set<String> OWN_CHANNELS = Set.of("SMS", "CARRIER");

    private final InboundEvents inbound;
    private final SuppressionList suppressions;

    ConsentProjection(InboundEvents inbound, SuppressionList suppressions) {
        this.inbound = inbound;
        this.suppressions = suppressions;
    }

    @KafkaListener(id = "sms-consent", topics = Topics.CONSENT, batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        inbound.handleBatch("sms.consent", records, events -> events.forEach(this::apply));
    }

    private void apply(EventEnvelope<?> event) {
        if (!EventTypes.CONTACT_OPTED_OUT.name().equals(event.type())
                || !(event.payload() instanceof ConsentChanged c) || OWN_CHANNELS.contains(c.channel())
                || c.organizationId() == null || c.phone() == null) {
            return;
        }
        suppressions.recordElsewhere(new SuppressionList.OptOut(c.organizationId(), c.brandId(), c.campaignId(),
                c.phone(), SuppressionList.REASON_ELSEWHERE, c.channel(),
                c.source() == null ? c.channel() : c.source(), c.messageSid(),
                c.occurredAt() == null ? Instant.now() : c.occurredAt()));
    }
}
