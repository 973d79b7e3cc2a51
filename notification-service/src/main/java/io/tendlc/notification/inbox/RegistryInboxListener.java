package io.tendlc.notification.inbox;

import io.tendlc.events.EventEnvelope;
import io.tendlc.events.Topics;
import io.tendlc.events.registry.BrandChanged;
import io.tendlc.notification.registry.BrandNames;
import io.tendlc.notification.registry.RegistrationNotice;
import io.tendlc.notification.registry.RegistrationNotices;
import io.tendlc.platform.events.InboundEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Brand and campaign events become in-app notifications of their organization. Every brand event also keeps the
 * brand's display name, which the campaigns' notifications name. Mail is another consumer's job (an SMTP outage
 * must not hold the dashboard's news back).
 */
@Component
class RegistryInboxListener {

    private static final Logger log = LoggerFactory.getLogger(RegistryInboxListener.class);

    private final InboundEvents inbound;
    private final RegistrationNotices notices;
    private final BrandNames brandNames;
    private final Inbox inbox;

    RegistryInboxListener(InboundEvents inbound, RegistrationNotices notices, BrandNames brandNames, Inbox inbox) {
        this.inbound = inbound;
        this.notices = notices;
        this.brandNames = brandNames;
        this.inbox = inbox;
    }

    @KafkaListener(id = "notification-registry-inbox", topics = {Topics.BRANDS, Topics.CAMPAIGNS})
    void on(ConsumerRecord<String, byte[]> record) {
        inbound.handle("notification.registry-inbox", record, this::apply);
    }

    private void apply(EventEnvelope<?> event) {
        if (event.payload() instanceof BrandChanged brand && brand.brandId() != null) {
            brandNames.remember(RegistrationNotices.organizationOf(event, brand.organizationId()), brand,
                    brand.changedAt() != null ? brand.changedAt() : event.occurredAt());
        }
        Optional<RegistrationNotice> notice = notices.of(event);
        if (notice.isPresent() && inbox.add(notice.get())) {
            log.info("Notified organization {}: {} {} (event {})", notice.get().organizationId(),
                    notice.get().kind().wireName(), notice.get().subjectId(), event.id());
        }
    }
}
